package app.bravo.quality.pulse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.quality.FeedbackScore;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Feedback fixtures written straight to the table (the intake's services are another branch's). */
final class Feedback {

    static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    private Feedback() {
    }

    /** A new team in a new department; returns its id. */
    static long team(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> Team.create(name + " " + suffix, "Pulse " + suffix).id);
    }

    /** A new team in the department of {@code sibling}. */
    static long teamBeside(long sibling, String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            Team other = Team.findById(sibling);
            return Team.create(name + " " + suffix, other.department.name).id;
        });
    }

    /** Scores of one scale for a team on an organisation day (received at noon there). */
    static void scores(long teamId, FeedbackScore.Scale scale, LocalDate day, int... scores) {
        scoresFor(teamId, null, scale, day.atTime(12, 0).atZone(ZONE).toInstant(), scores);
    }

    /** Scores received at an instant: their day is the organisation's day of it, as the intake fixes it. */
    static void scoresFor(long teamId, Long personId, FeedbackScore.Scale scale, Instant receivedAt, int... scores) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int score : scores) {
                FeedbackScore f = new FeedbackScore();
                f.scale = scale;
                f.score = (short) score;
                f.team = Team.findById(teamId);
                f.person = personId == null ? null : Person.findById(personId);
                f.channel = FeedbackScore.Channel.EMAIL;
                f.receivedAt = receivedAt;
                f.receivedOn = FeedbackScore.dayOf(receivedAt, ZONE);
                f.source = FeedbackScore.Source.FORM;
                f.createdAt = Instant.now();
                f.persist();
            }
        });
    }
}
