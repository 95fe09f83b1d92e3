package app.bravo.people;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;

import app.bravo.audit.Audit;
import app.bravo.i18n.Text;
import app.bravo.security.CurrentUser;
import app.bravo.security.Passwords;
import app.bravo.security.Role;
import app.bravo.web.CsvReader;

/**
 * Imports the staff list {@code name,email,team,department,role}. Every row is checked first; one bad row and
 * nothing is written. The e-mail address is the key, so importing the same file again updates people instead
 * of duplicating them. People missing from the file are left as they are.
 */
@ApplicationScoped
public class StaffImport {

    public static final String HEADER = "name,email,team,department,role";
    /**
     * Rows per file: what 10 MB ({@link PeopleResource#MAX_IMPORT_BYTES}) holds at about 100 bytes a row, and what
     * imports in linear time (chunked writes, index lookups, statistics refreshed after a bulk import). The page,
     * the error, the API description and the README state this figure.
     */
    public static final int MAX_ROWS = 100_000;
    /** Rows written per flush. */
    static final int CHUNK = 1_000;
    /** E-mail addresses per lookup statement. */
    static final int LOOKUP = 100;
    /** Rows written from which PostgreSQL's statistics are refreshed at the end, and how often during the import. */
    static final int ANALYZE_AFTER = 1_000;
    static final int ANALYZE_EVERY = 10_000;
    /** New teams from which the team statistics are refreshed before people join them. */
    static final int MANY_TEAMS = 100;
    /** Marks the audit entries the import wrote, so the log tells them from changes made by hand. */
    static final String VIA_IMPORT = "import";
    private static final Pattern EMAIL = app.bravo.web.EmailAddresses.PATTERN;

    /** A problem of one line, worded where the reader's language is known. */
    public record LineError(long line, Text message) {
    }

    /** What the import did: people added, changed and unchanged, and teams created or moved to another department. */
    public record Result(int created, int updated, int unchanged, int teamsCreated, int teamsMoved,
            List<LineError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One valid row; a null role means "keep the current role" (employee for someone new). */
    record Row(long line, String name, String email, String team, String department, Role role) {
    }

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.event.Event<DirectoryCounts.Changed> directoryChanged;

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    /** A file at the row limit takes about a minute on a busy two-core machine: more than the default timeout. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result importCsv(byte[] content) {
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = parse(CsvReader.decode(content), errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, msg(m -> m.import_error_empty())));
        }
        checkAcrossRows(rows, errors);
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Long.compare(a.line(), b.line()));
            return new Result(0, 0, 0, 0, 0, List.copyOf(errors));
        }
        return write(rows);
    }

    private List<Row> parse(String text, List<LineError> errors) {
        List<Row> rows = new ArrayList<>();
        boolean[] first = { true };
        CsvReader.read(text, (line, record) -> {
            if (first[0]) {
                first[0] = false;
                if (record.size() > 0 && record.get(0).equalsIgnoreCase("name")) {
                    return true;
                }
            }
            if (rows.size() + errors.size() >= MAX_ROWS) {
                errors.add(new LineError(line, msg(m -> m.import_error_too_many(MAX_ROWS))));
                return false;
            }
            parseRow(record, line).ifPresentOrElse(rows::add,
                    () -> errors.add(new LineError(line, describeRow(record))));
            return true;
        }).ifPresent(line -> errors.add(new LineError(line, msg(m -> m.import_error_unreadable()))));
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

    /**
     * Writes the checked rows. Every change is audited, in this transaction and as the importing user: departments
     * and teams created, teams moved to another department, people added, and people changed with what changed
     * (name, team, role: old and new). An HR auditor's question is "who made Ana HR, and when?", which a summary
     * of counts cannot answer, so each changed person gets an entry (an unchanged row gets none, so re-importing
     * the same 100,000-row file adds one entry); the entries are batched inserts like the people themselves. One
     * summary entry per import gives the counts.
     *
     * <p>Rows are written in chunks of {@value #CHUNK}: each chunk looks its people up by e-mail in a few IN lists
     * of {@value #LOOKUP} (served by the unique index however large the table), then is flushed and cleared, so
     * neither the persistence context nor any flush grows with the file and a role change ends sessions in one
     * statement per chunk instead of one flush each.
     */
    private Result write(List<Row> rows) {
        Placement placement = placeTeams(rows);
        if (placement.teamsCreated() >= MANY_TEAMS) {
            em.flush(); // many new teams: each new person's team reference is checked against them
            refreshStatistics("team, department");
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Existing> existing = lookUp(chunk);
            List<Long> newRoles = new ArrayList<>();
            for (Row row : chunk) {
                Long teamId = placement.teamIds().get(key(row.team()));
                Team team = em.getReference(Team.class, teamId);
                Existing found = existing.get(row.email());
                if (found == null) {
                    Role role = row.role() == null ? Role.EMPLOYEE : row.role();
                    Person person = Person.enrol(row.name(), row.email(), null, team, role, Passwords.lockedHash());
                    audit.record("person.created", "person:" + person.id,
                            Map.of("email", person.email, "role", role.name(), "via", VIA_IMPORT));
                    created++;
                    continue;
                }
                Person person = found.person();
                // Deactivated people stay deactivated: the file says who works here, not who may log in again.
                Account account = found.account();
                if (account != null && Role.ADMIN.name().equals(account.role) && !currentUser.isAdmin()) {
                    unchanged++; // an admin's record is left to admins, also when the staff list names them
                    continue;
                }
                String role = row.role() != null ? row.role().name()
                        : account != null ? account.role : Role.EMPLOYEE.name();
                boolean nameChanged = !person.fullName.equals(row.name());
                boolean teamChanged = person.team == null || !teamId.equals(person.team.id);
                boolean roleChanged = account == null || !account.role.equals(role);
                if (!nameChanged && !teamChanged && !roleChanged) {
                    unchanged++;
                    continue;
                }
                Map<String, String> change = new LinkedHashMap<>();
                change.put("email", person.email);
                change.put("role", role);
                if (nameChanged) {
                    change.put("name", row.name());
                    change.put("was.name", person.fullName);
                    person.fullName = row.name();
                }
                if (teamChanged) {
                    change.put("team", placement.teamNames().get(teamId));
                    change.put("was.team", person.team == null ? "" : person.team.name);
                    person.team = team;
                }
                if (roleChanged) {
                    change.put("was.role", account == null ? "" : account.role);
                    if (account == null) {
                        Account.create(person, Role.valueOf(role), Passwords.lockedHash());
                    } else {
                        account.role = role; // sessions end below, for the whole chunk at once
                        newRoles.add(account.id);
                    }
                }
                change.put("via", VIA_IMPORT);
                audit.record("person.updated", "person:" + person.id, change);
                updated++;
            }
            // A new role ends every session of the account (see Account#changeRole), here in one statement.
            Account.endSessionsOf(newRoles);
            em.flush();
            em.clear();
            if ((from + CHUNK) % ANALYZE_EVERY == 0 && from + CHUNK < rows.size()) {
                refreshStatistics("person, account"); // the tables grow during a long import, and so must its plans
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("created", created);
        counts.put("updated", updated);
        counts.put("unchanged", unchanged);
        counts.put("teamsCreated", placement.teamsCreated());
        counts.put("teamsMoved", placement.teamsMoved());
        counts.put("departmentsCreated", placement.departmentsCreated());
        audit.record("people.imported", "directory", counts);
        directoryChanged.fire(new DirectoryCounts.Changed());
        if (created + updated >= ANALYZE_AFTER) {
            refreshStatistics("person, account, team, department, audit_entry");
        }
        return new Result(created, updated, unchanged, placement.teamsCreated(), placement.teamsMoved(), List.of());
    }

    /** Where each team of the file now is, and what placing them changed. */
    record Placement(Map<String, Long> teamIds, Map<Long, String> teamNames, int teamsCreated, int teamsMoved,
            int departmentsCreated) {
    }

    /**
     * Creates the departments and teams the file names and moves teams whose department the file changes (a team
     * is in one department, so its whole membership moves with it), each with an audit entry.
     */
    private Placement placeTeams(List<Row> rows) {
        Map<String, Department> departments = new HashMap<>();
        Department.<Department> listAll().forEach(d -> departments.put(key(d.name), d));
        Map<String, Team> teams = new HashMap<>();
        Team.<Team> list("from Team t join fetch t.department").forEach(t -> teams.put(key(t.name), t));
        Map<String, Long> teamIds = new HashMap<>();
        Map<Long, String> teamNames = new HashMap<>();
        int teamsCreated = 0;
        int teamsMoved = 0;
        int departmentsCreated = 0;
        for (Row row : rows) {
            if (teamIds.containsKey(key(row.team()))) {
                continue; // checkAcrossRows made sure every row of a team names the same department
            }
            Department department = departments.get(key(row.department()));
            if (department == null) {
                department = Department.create(row.department());
                departments.put(key(department.name), department);
                audit.record("department.created", "department:" + department.id,
                        Map.of("name", department.name, "via", VIA_IMPORT));
                departmentsCreated++;
            }
            Team team = teams.get(key(row.team()));
            if (team == null) {
                team = Team.create(row.team(), department);
                audit.record("team.created", "team:" + team.id,
                        Map.of("name", team.name, "department", department.name, "via", VIA_IMPORT));
                teamsCreated++;
            } else if (!team.department.id.equals(department.id)) {
                String from = team.department.name;
                team.department = department;
                Map<String, String> args = new LinkedHashMap<>();
                args.put("name", team.name);
                args.put("department", department.name);
                args.put("change", "moved");
                args.put("from", from);
                args.put("via", VIA_IMPORT);
                audit.record("team.updated", "team:" + team.id, args);
                teamsMoved++;
            }
            teamIds.put(key(row.team()), team.id);
            teamNames.put(team.id, team.name);
        }
        return new Placement(teamIds, teamNames, teamsCreated, teamsMoved, departmentsCreated);
    }

    /** A person of the file already in the directory, with their account (null for a person without one). */
    record Existing(Person person, Account account) {
    }

    /**
     * The people of a chunk that exist, by e-mail, with account, team and department in the same query: a few
     * statements per chunk, each an IN list short enough for PostgreSQL to use the unique e-mail index also with
     * a generic plan and stale statistics (500 parameters made it scan the whole table for each list).
     */
    private Map<String, Existing> lookUp(List<Row> chunk) {
        Map<String, Existing> found = new HashMap<>();
        for (int from = 0; from < chunk.size(); from += LOOKUP) {
            List<String> emails = chunk.subList(from, Math.min(chunk.size(), from + LOOKUP)).stream()
                    .map(Row::email).toList();
            em.createQuery("select p, a from Person p left join fetch p.team t left join fetch t.department"
                    + " left join Account a on a.person = p where p.email in :emails", Object[].class)
                    .setParameter("emails", emails).getResultList()
                    .forEach(r -> found.put(((Person) r[0]).email, new Existing((Person) r[0], (Account) r[1])));
        }
        return found;
    }

    /**
     * PostgreSQL plans from table statistics, which only ANALYZE (or autovacuum, often off or late) updates, and
     * keeps plans (the foreign-key checks' among them) until the statistics change: plans made for a nearly empty
     * table made later imports and the directory slow as the tables grew. So a bulk import refreshes them: after
     * creating many teams, every 10,000 rows while it writes, and at the end. ANALYZE in this transaction counts its
     * own new rows, samples a bounded number of rows (about the same cost at any size) and needs the table's
     * owner, which the application is (another user gets a warning, not an error). H2 keeps its own up to date.
     */
    private void refreshStatistics(String tables) {
        em.unwrap(Session.class).doWork(connection -> {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("analyze " + tables);
                }
            }
        });
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Text msg(Function<PeopleMessages, String> message) {
        return Text.of(PeopleMessages.class, message);
    }
}
