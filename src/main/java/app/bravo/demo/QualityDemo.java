package app.bravo.demo;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.quality.FeedbackScore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * 90 days of customer feedback for every demo team, ending today in the organisation's zone, so the pulse, its
 * trends and the insights show something on first start: Front Desk reaches the targets (CSAT about 94 %, NPS
 * about 55), Billing falls behind (CSAT about 75 % and sinking, NPS about 10), the others lie in between; a few
 * scores a day, some days none, some naming a person of the team, a few with a short comment (never a customer's
 * name). Uroš Novak of the Contact Centre is praised by several customers this week, for the shout-outs.
 *
 * <p>Deterministic (a fixed seed) and fast: the rows go in as one JDBC batch, no entities, with ids from the
 * entity's own generator (one sequence call per 50 rows).
 */
@ApplicationScoped
public class QualityDemo {

    private static final Logger LOG = Logger.getLogger(QualityDemo.class);

    static final int DAYS = 90;
    static final String PRAISED = "Uroš Novak";

    /** How a team's customers answer: CSAT satisfied share at the start and end of the 90 days, NPS shares. */
    record Profile(String team, double csatFrom, double csatTo, double promoters, double detractors, int perDay,
            List<String> channels) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("Front Desk", 0.94, 0.94, 0.65, 0.10, 5, List.of("COUNTER", "COUNTER", "COUNTER", "SURVEY")),
            new Profile("Contact Centre", 0.85, 0.88, 0.50, 0.20, 6, List.of("PHONE", "PHONE", "CHAT", "EMAIL")),
            new Profile("Complaints", 0.80, 0.82, 0.40, 0.22, 3, List.of("EMAIL", "PHONE", "WEB")),
            new Profile("Billing", 0.86, 0.64, 0.35, 0.25, 4, List.of("EMAIL", "WEB", "PHONE")),
            new Profile("People & Communications", 0.87, 0.89, 0.45, 0.15, 2, List.of("SURVEY", "EMAIL")));

    private static final List<String> GOOD = List.of("Quick and friendly, thank you.",
            "Solved on the first call.", "Explained everything patiently.", "Very helpful, no waiting at all.",
            "Kept me informed the whole time.", "Went out of the way to help.", "Clear answer, polite staff.");
    private static final List<String> MIXED = List.of("Fine in the end, but it took a while.",
            "Helpful, though I had to repeat my question.", "The answer was right, the wait was long.");
    private static final List<String> POOR = List.of("Waited a week for a corrected invoice.",
            "Nobody called back as promised.", "I was passed between three departments.",
            "The bill is still wrong after two complaints.", "Too long in the queue.");

    @Inject
    BravoConfig config;

    @Inject
    EntityManager em;

    void onStart(@Observes @Priority(ConfigCheck.FIRST + 40) StartupEvent event) {
        if (!config.demo().enabled() || QuarkusTransaction.requiringNew().call(() -> FeedbackScore.count()) > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        int written = QuarkusTransaction.requiringNew().call(() -> insert(scores(Instant.now())));
        LOG.infof("Loaded the demo feedback: %d scores over %d days in %d ms", written, DAYS,
                System.currentTimeMillis() - started);
    }

    /** One score as it goes into the table. */
    record Score(String scale, int score, long teamId, Long personId, String channel, Instant receivedAt,
            LocalDate receivedOn, String comment, String externalId, String source, Long enteredById) {
    }

    List<Score> scores(Instant now) {
        ZoneId zone = config.timeZone();
        LocalDate today = FeedbackScore.dayOf(now, zone);
        Map<String, Long> teamIds = new HashMap<>();
        Map<String, List<Long>> members = new HashMap<>();
        Map<String, Long> byName = new HashMap<>();
        for (Object[] row : em.createQuery("select t.name, t.id, p.id, p.fullName from Person p join p.team t"
                + " where p.active = true order by p.id", Object[].class).getResultList()) {
            teamIds.put((String) row[0], (Long) row[1]);
            members.computeIfAbsent((String) row[0], t -> new ArrayList<>()).add((Long) row[2]);
            byName.put((String) row[3], (Long) row[2]);
        }
        Random random = new Random(20261205L);
        List<Score> scores = new ArrayList<>();
        int external = 0;
        for (Profile profile : PROFILES) {
            Long teamId = teamIds.get(profile.team());
            if (teamId == null) {
                continue; // the organisation was changed before the demo feedback was loaded
            }
            List<Long> people = members.getOrDefault(profile.team(), List.of());
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = today.minusDays(DAYS - 1 - d);
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                if (random.nextDouble() < (weekend ? 0.5 : 0.08)) {
                    continue; // a quiet day: no scores at all
                }
                int count = 1 + random.nextInt(weekend ? Math.max(1, profile.perDay() / 2) : profile.perDay());
                double satisfied = profile.csatFrom() + (profile.csatTo() - profile.csatFrom()) * d / (DAYS - 1);
                for (int i = 0; i < count; i++) {
                    Instant at = timeOn(day, zone, now, random);
                    if (at == null) {
                        continue;
                    }
                    boolean csat = random.nextDouble() < 0.65;
                    int score;
                    int mood; // 1 good, 0 mixed, -1 poor
                    if (csat) {
                        boolean happy = random.nextDouble() < satisfied;
                        score = happy ? (random.nextDouble() < 0.6 ? 5 : 4) : (random.nextDouble() < 0.5 ? 3 : 1 + random.nextInt(2));
                        mood = happy ? 1 : score == 3 ? 0 : -1;
                    } else {
                        double r = random.nextDouble();
                        score = r < profile.promoters() ? 9 + random.nextInt(2)
                                : r < profile.promoters() + profile.detractors() ? 2 + random.nextInt(5) : 7 + random.nextInt(2);
                        mood = score >= 9 ? 1 : score >= 7 ? 0 : -1;
                    }
                    Long person = !people.isEmpty() && random.nextDouble() < 0.4
                            ? people.get(random.nextInt(people.size())) : null;
                    String comment = random.nextDouble() < 0.15
                            ? pick(mood > 0 ? GOOD : mood == 0 ? MIXED : POOR, random) : null;
                    String channel = pick(profile.channels(), random);
                    boolean typedIn = channel.equals("COUNTER");
                    scores.add(new Score(csat ? "CSAT" : "NPS", score, teamId, person, channel, at,
                            FeedbackScore.dayOf(at, zone), comment, (typedIn ? "demo-desk-" : "demo-helpdesk-") + (++external),
                            typedIn ? "FORM" : "API", typedIn && !people.isEmpty() ? people.get(0) : null));
                }
            }
        }
        Long praised = byName.get(PRAISED);
        Long contactCentre = teamIds.get("Contact Centre");
        if (praised != null && contactCentre != null) {
            // Several customers praise the same person today, so "this week" holds them whatever day it is.
            List<String> words = List.of("Uroš sorted out my contract in one call.", "Patient and kind, thank you.",
                    "Best help I have had on the phone.", "Called me back exactly when he said he would.");
            for (int i = 0; i < words.size(); i++) {
                Instant at = timeOn(today, zone, now, random);
                if (at != null) {
                    scores.add(new Score(i % 2 == 0 ? "CSAT" : "NPS", i % 2 == 0 ? 5 : 10, contactCentre, praised,
                            "PHONE", at, today, words.get(i), "demo-helpdesk-" + (++external), "API", null));
                }
            }
        }
        return scores;
    }

    /** A time in opening hours on that day, never later than now (today only up to now). */
    private static Instant timeOn(LocalDate day, ZoneId zone, Instant now, Random random) {
        Instant opens = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
        Instant closes = day.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant();
        if (closes.isAfter(now)) {
            closes = now;
            if (!opens.isBefore(closes)) {
                opens = day.atStartOfDay(zone).toInstant(); // early in the morning: the night so far
            }
        }
        long span = closes.getEpochSecond() - opens.getEpochSecond();
        if (span <= 0) {
            return null;
        }
        return opens.plusSeconds((long) (random.nextDouble() * span));
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /** One JDBC batch; the ids come from the entity's own generator, so later scores never collide with them. */
    private int insert(List<Score> scores) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        BeforeExecutionGenerator generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(FeedbackScore.class).getGenerator();
        List<Long> ids = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            ids.add(((Number) generator.generate(session, null, null, EventType.INSERT)).longValue());
        }
        return session.doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into feedback_score (id, scale, score,"
                    + " team_id, person_id, channel, received_at, received_on, comment, external_id, source,"
                    + " entered_by_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < scores.size(); i++) {
                    Score s = scores.get(i);
                    OffsetDateTime at = s.receivedAt().atOffset(ZoneOffset.UTC);
                    insert.setLong(1, ids.get(i));
                    insert.setString(2, s.scale());
                    insert.setShort(3, (short) s.score());
                    insert.setLong(4, s.teamId());
                    setId(insert, 5, s.personId());
                    insert.setString(6, s.channel());
                    insert.setObject(7, at);
                    insert.setObject(8, s.receivedOn());
                    insert.setString(9, s.comment());
                    insert.setString(10, s.externalId());
                    insert.setString(11, s.source());
                    setId(insert, 12, s.enteredById());
                    insert.setObject(13, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return scores.size();
        });
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws java.sql.SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }
}
