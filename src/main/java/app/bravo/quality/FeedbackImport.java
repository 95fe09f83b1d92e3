package app.bravo.quality;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVRecord;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.Text;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.quality.FeedbackScore.Channel;
import app.bravo.quality.FeedbackScore.Scale;
import app.bravo.quality.FeedbackService.Origin;
import app.bravo.quality.FeedbackService.Outcome;
import app.bravo.web.CsvReader;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports feedback scores from CSV ({@value #HEADER}). Every line is checked first, the file's cells here and the
 * scores by {@link FeedbackService}: one bad line and nothing is written, and every bad line is named. Rows with
 * an external id already stored are skipped, and a row without one gets {@code import:<file hash>:<line>}, so
 * importing the same file again changes nothing.
 */
@ApplicationScoped
public class FeedbackImport {

    public static final String HEADER = "received_at,team,person_email,scale,score,channel,comment,external_id";
    public static final int MAX_ROWS = 10_000;
    /** What {@link #MAX_ROWS} lines with full comments take, with room to spare. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    static final int LOOKUP = 100;
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** A problem of one line, worded where the reader's language is known. */
    public record LineError(long line, Text message) {
    }

    public record Result(int added, int alreadyReceived, List<LineError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** A line whose cells could be read; names still to be looked up. */
    private record Row(long line, Instant receivedAt, String team, String personEmail, Scale scale, Integer score,
            Channel channel, String comment, String externalId) {

        Row withExternalId(String id) {
            return new Row(line, receivedAt, team, personEmail, scale, score, channel, comment, id);
        }
    }

    @Inject
    FeedbackService feedback;

    @Inject
    BravoConfig config;

    public Result importCsv(byte[] content, Origin origin) {
        String text = CsvReader.decode(content);
        // A line without an external id is known by the file and its line, so the same file imported again
        // (also one whose received_at cells are empty, i.e. "now") adds nothing.
        String fileKey = "import:" + fileHash(content) + ":";
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        boolean[] first = { true };
        CsvReader.read(text, (line, record) -> {
            if (first[0]) {
                first[0] = false;
                if (record.size() > 0 && record.get(0).equalsIgnoreCase(COLUMNS.get(0))) {
                    return true;
                }
            }
            if (rows.size() + errors.size() >= MAX_ROWS) {
                errors.add(new LineError(line, msg(m -> m.import_error_too_many(MAX_ROWS))));
                return false;
            }
            List<Text> problems = new ArrayList<>();
            Row row = parse(line, record, problems);
            if (problems.isEmpty()) {
                rows.add(row.externalId().isBlank() ? row.withExternalId(fileKey + line) : row);
            } else {
                errors.add(new LineError(line, joined(problems)));
            }
            return true;
        }).ifPresent(line -> errors.add(new LineError(line, msg(QualityMessages::import_error_unreadable))));
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, msg(QualityMessages::import_error_empty)));
        }
        Map<Long, List<Text>> byLine = new TreeMap<>();
        List<FeedbackInput> inputs = resolve(rows, byLine);
        // The service's rules too, before anything is written, so one answer names every bad line.
        for (FeedbackRefused.Problem problem : feedback.problems(inputs)) {
            long line = rows.get(problem.index()).line();
            boolean named = problem.field().equals("teamId") || problem.field().equals("personId");
            if (!(named && byLine.containsKey(line))) { // an unknown name was said already
                byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(cell(column(problem.field()), problem.message()));
            }
        }
        byLine.forEach((line, problems) -> errors.add(new LineError(line, joined(problems))));
        if (!errors.isEmpty()) {
            return refused(errors);
        }
        Outcome outcome = feedback.recordAll(inputs, origin); // a change since the check is refused as usual
        return new Result(outcome.added(), outcome.alreadyReceived(), List.of());
    }

    /** The first 16 hex digits of the file's SHA-256. */
    static String fileHash(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Result refused(List<LineError> errors) {
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new Result(0, 0, List.copyOf(errors));
    }

    private Row parse(long line, CSVRecord record, List<Text> problems) {
        if (record.size() < COLUMNS.size() - 1 || record.size() > COLUMNS.size()) {
            problems.add(msg(QualityMessages::import_error_columns));
            return null;
        }
        Instant receivedAt = null;
        String when = record.get(0);
        if (!when.isBlank()) {
            receivedAt = instant(when, config.timeZone()).orElse(null);
            if (receivedAt == null) {
                problems.add(cell("received_at", msg(m -> m.import_error_time(when))));
            }
        }
        if (record.get(1).isBlank()) {
            problems.add(cell("team", msg(QualityMessages::import_error_required)));
        }
        Scale scale = parseEnum(Scale.class, record.get(3));
        if (scale == null) {
            problems.add(cell("scale", msg(m -> m.import_error_scale(record.get(3)))));
        }
        Integer score = null;
        try {
            score = Integer.valueOf(record.get(4));
        } catch (NumberFormatException e) {
            problems.add(cell("score", msg(m -> m.import_error_score(record.get(4)))));
        }
        Channel channel = parseEnum(Channel.class, record.get(5));
        if (channel == null) {
            problems.add(cell("channel", msg(m -> m.import_error_channel(record.get(5)))));
        }
        String externalId = record.size() > 7 ? record.get(7) : "";
        return new Row(line, receivedAt, record.get(1), record.get(2), scale, score, channel, record.get(6),
                externalId);
    }

    /**
     * An instant with its offset ({@code 2026-12-01T09:30:00Z}), or a local time or day in the organisation's
     * zone ({@code 2026-12-01 09:30}, {@code 2026-12-01}: a day alone counts at its noon, so it stays that day).
     */
    static Optional<Instant> instant(String text, ZoneId zone) {
        String t = text.trim().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeException e) {
            // not with an offset: try the organisation's local time
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            // nor a local time: try a day
        }
        try {
            return Optional.of(LocalDate.parse(t).atTime(LocalTime.NOON).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Team names and people's e-mail addresses to ids: one statement for the teams, IN lists for the people. */
    private List<FeedbackInput> resolve(List<Row> rows, Map<Long, List<Text>> byLine) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Team> teams = new HashMap<>();
            Team.<Team> list("active", true).forEach(t -> teams.put(key(t.name), t));
            List<String> emails = rows.stream().map(Row::personEmail).filter(e -> !e.isBlank())
                    .map(Person::normaliseEmail).distinct().toList();
            Map<String, Long> people = new HashMap<>();
            for (int from = 0; from < emails.size(); from += LOOKUP) {
                Person.<Person> list("active = true and email in ?1", emails.subList(from, Math.min(emails.size(),
                        from + LOOKUP))).forEach(p -> people.put(p.email, p.id));
            }
            List<FeedbackInput> inputs = new ArrayList<>(rows.size());
            for (Row row : rows) {
                List<Text> problems = new ArrayList<>();
                Team team = teams.get(key(row.team()));
                if (team == null) {
                    problems.add(cell("team", msg(m -> m.import_error_team(row.team()))));
                }
                Long personId = null;
                if (!row.personEmail().isBlank()) {
                    personId = people.get(Person.normaliseEmail(row.personEmail()));
                    if (personId == null) {
                        problems.add(cell("person_email", msg(m -> m.import_error_person(row.personEmail()))));
                    }
                }
                if (!problems.isEmpty()) {
                    byLine.put(row.line(), problems);
                }
                inputs.add(new FeedbackInput(row.scale(), row.score(), team == null ? null : team.id, personId,
                        row.channel(), row.receivedAt(), row.comment(), row.externalId()));
            }
            return inputs;
        });
    }

    /** The CSV column of an input field, for naming a problem the service found. */
    private static String column(String field) {
        return switch (field) {
            case "receivedAt" -> "received_at";
            case "teamId" -> "team";
            case "personId" -> "person_email";
            case "externalId" -> "external_id";
            default -> field;
        };
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Text cell(String column, Text problem) {
        return language -> column + ": " + problem.in(language);
    }

    private static Text joined(List<Text> problems) {
        return language -> String.join("; ", problems.stream().map(p -> p.in(language)).toList());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Text msg(Function<QualityMessages, String> message) {
        return Text.of(QualityMessages.class, message);
    }
}
