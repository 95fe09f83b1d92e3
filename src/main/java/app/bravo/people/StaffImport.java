package app.bravo.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import app.bravo.audit.Audit;
import app.bravo.i18n.Text;
import app.bravo.security.CurrentUser;
import app.bravo.security.Passwords;
import app.bravo.security.Role;

/**
 * Imports the staff list {@code name,email,team,department,role}. Every row is checked first; one bad row and
 * nothing is written. The e-mail address is the key, so importing the same file again updates people instead
 * of duplicating them. People missing from the file are left as they are.
 */
@ApplicationScoped
public class StaffImport {

    public static final String HEADER = "name,email,team,department,role";
    static final int MAX_ROWS = 20_000;
    private static final Pattern EMAIL = app.bravo.web.EmailAddresses.PATTERN;

    /** A problem of one line, worded where the reader's language is known. */
    public record LineError(long line, Text message) {
    }

    public record Result(int created, int updated, int unchanged, List<LineError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One valid row; a null role means "keep the current role" (employee for someone new). */
    record Row(long line, String name, String email, String team, String department, Role role) {
    }

    /** The record's position can point at blank lines skipped before it; its own line starts after them. */
    static long firstNonBlank(String text, long position) {
        int i = (int) position;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Character offset to line number, counted from 1. */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(long offset) {
            int index = java.util.Arrays.binarySearch(starts, (int) offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public Result importCsv(byte[] content) {
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = parse(decode(content), errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, msg(m -> m.import_error_empty())));
        }
        checkAcrossRows(rows, errors);
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Long.compare(a.line(), b.line()));
            return new Result(0, 0, 0, List.copyOf(errors));
        }
        return write(rows);
    }

    /**
     * UTF-8 (with or without BOM) as exported by most tools; a file that is not valid UTF-8 is read as
     * Windows-1250, which is what Excel writes for "CSV" on Serbian and Slovenian Windows.
     */
    static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, Charset.forName("windows-1250"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Excel in Serbian and Slovenian locales separates with semicolons; the first line tells which. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private List<Row> parse(String text, List<LineError> errors) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean first = true;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    errors.add(new LineError(parser.getCurrentLineNumber(), msg(m -> m.import_error_unreadable())));
                    break;
                }
                // The line the record starts on, also when a quoted cell runs over several lines.
                long line = lines.lineOf(firstNonBlank(text, record.getCharacterPosition()));
                if (first) {
                    first = false;
                    if (record.size() > 0 && record.get(0).equalsIgnoreCase("name")) {
                        continue;
                    }
                }
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new LineError(line, msg(m -> m.import_error_too_many(MAX_ROWS))));
                    break;
                }
                parseRow(record, line).ifPresentOrElse(rows::add,
                        () -> errors.add(new LineError(line, describeRow(record))));
            }
        } catch (IOException e) {
            errors.add(new LineError(0, msg(m -> m.import_error_unreadable())));
        }
        return rows;
    }

    private Optional<Row> parseRow(CSVRecord record, long line) {
        if (describeRow(record) != null) {
            return Optional.empty();
        }
        String role = record.size() > 4 ? record.get(4) : "";
        return Optional.of(new Row(line, record.get(0), Person.normaliseEmail(record.get(1)), record.get(2),
                record.get(3), role.isBlank() ? null : Role.parse(role).orElseThrow()));
    }

    /** What is wrong with one row on its own, or null when nothing is. */
    private Text describeRow(CSVRecord record) {
        if (record.size() < 4 || record.size() > 5) {
            return msg(m -> m.import_error_columns(record.size()));
        }
        List<Text> problems = new ArrayList<>();
        String name = record.get(0);
        String email = record.get(1);
        if (name.isBlank()) {
            problems.add(msg(m -> m.import_error_name()));
        } else if (name.length() > 160) {
            problems.add(msg(m -> m.import_error_name_long()));
        }
        if (email.isBlank() || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(msg(m -> m.import_error_email(email)));
        }
        if (record.get(2).isBlank() || record.get(2).length() > 120) {
            problems.add(msg(m -> m.import_error_team()));
        }
        if (record.get(3).isBlank() || record.get(3).length() > 120) {
            problems.add(msg(m -> m.import_error_department()));
        }
        String role = record.size() > 4 ? record.get(4) : "";
        if (!role.isBlank()) {
            Optional<Role> parsed = Role.parse(role);
            if (parsed.isEmpty()) {
                problems.add(msg(m -> m.import_error_role(role)));
            } else if (parsed.get() == Role.ADMIN && !currentUser.isAdmin()) {
                problems.add(msg(m -> m.error_admin_only()));
            }
        }
        return problems.isEmpty() ? null
                : language -> String.join("; ", problems.stream().map(problem -> problem.in(language)).toList());
    }

    private void checkAcrossRows(List<Row> rows, List<LineError> errors) {
        Map<String, Row> byEmail = new HashMap<>();
        Map<String, Row> teamDepartment = new HashMap<>();
        for (Row row : rows) {
            Row earlier = byEmail.putIfAbsent(row.email(), row);
            if (earlier != null) {
                errors.add(new LineError(row.line(), msg(m -> m.import_error_duplicate(row.email(), (int) earlier.line()))));
            }
            String teamKey = row.team().toLowerCase(Locale.ROOT);
            Row teamRow = teamDepartment.putIfAbsent(teamKey, row);
            if (teamRow != null && !teamRow.department().equalsIgnoreCase(row.department())) {
                errors.add(new LineError(row.line(),
                        msg(m -> m.import_error_team_department(row.team(), teamRow.department(), (int) teamRow.line()))));
            }
        }
        Map<String, Team> inactiveTeams = new HashMap<>();
        Team.<Team> list("active", false).forEach(t -> inactiveTeams.put(t.name.toLowerCase(Locale.ROOT), t));
        for (Row row : rows) {
            if (inactiveTeams.containsKey(row.team().toLowerCase(Locale.ROOT))) {
                errors.add(new LineError(row.line(), msg(m -> m.import_error_team_inactive(row.team()))));
            }
        }
        // Demoting or promoting an admin stays with admins, also through a file.
        if (!currentUser.isAdmin()) {
            Map<String, Account> admins = new HashMap<>();
            Account.<Account> list("role", Role.ADMIN.name()).forEach(a -> admins.put(a.username, a));
            for (Row row : rows) {
                if (admins.containsKey(row.email()) && row.role() != null && row.role() != Role.ADMIN) {
                    errors.add(new LineError(row.line(), msg(m -> m.error_admin_only())));
                }
            }
        }
        Account.findByUsername(currentUser.username()).ifPresent(own -> rows.stream()
                .filter(row -> row.email().equals(own.username) && row.role() != null
                        && !row.role().name().equals(own.role))
                .forEach(row -> errors.add(new LineError(row.line(), msg(m -> m.error_cannot_change_own_role())))));
    }

    private Result write(List<Row> rows) {
        Map<String, Department> departments = new HashMap<>();
        Department.<Department> listAll().forEach(d -> departments.put(d.name.toLowerCase(Locale.ROOT), d));
        Map<String, Team> teams = new HashMap<>();
        Team.<Team> listAll().forEach(t -> teams.put(t.name.toLowerCase(Locale.ROOT), t));
        Map<String, Person> people = new HashMap<>();
        Map<Long, Account> accounts = new HashMap<>();
        List<String> emails = rows.stream().map(Row::email).toList();
        for (int from = 0; from < emails.size(); from += 500) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + 500));
            Person.<Person> list("email in ?1", chunk).forEach(p -> people.put(p.email, p));
            Account.<Account> list("person.email in ?1", chunk).forEach(a -> accounts.put(a.person.id, a));
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row row : rows) {
            Department department = departments.computeIfAbsent(row.department().toLowerCase(Locale.ROOT),
                    key -> Department.create(row.department()));
            Team team = teams.computeIfAbsent(row.team().toLowerCase(Locale.ROOT),
                    key -> Team.create(row.team(), department));
            if (!Objects.equals(team.department.id, department.id)) {
                team.department = department;
            }
            Person person = people.get(row.email());
            if (person == null) {
                Person.enrol(row.name(), row.email(), null, team, row.role() == null ? Role.EMPLOYEE : row.role(),
                        Passwords.lockedHash());
                created++;
                continue;
            }
            // Deactivated people stay deactivated: the file says who works here, not who may log in again.
            Account account = accounts.get(person.id);
            if (account != null && Role.ADMIN.name().equals(account.role) && !currentUser.isAdmin()) {
                unchanged++; // an admin's record is left to admins, also when the staff list names them
                continue;
            }
            String role = row.role() != null ? row.role().name()
                    : account != null ? account.role : Role.EMPLOYEE.name();
            boolean same = person.fullName.equals(row.name()) && person.team == team && account != null
                    && account.role.equals(role);
            if (same) {
                unchanged++;
                continue;
            }
            person.fullName = row.name();
            person.team = team;
            if (account == null) {
                Account.create(person, Role.valueOf(role), Passwords.lockedHash());
            } else {
                account.changeRole(Role.valueOf(role));
            }
            updated++;
        }
        audit.record("people.imported", "directory",
                Map.of("created", created, "updated", updated, "unchanged", unchanged));
        return new Result(created, updated, unchanged, List.of());
    }

    private static Text msg(Function<PeopleMessages, String> message) {
        return Text.of(PeopleMessages.class, message);
    }
}
