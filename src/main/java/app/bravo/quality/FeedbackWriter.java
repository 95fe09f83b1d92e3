package app.bravo.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.Text;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.quality.FeedbackRefused.Problem;
import app.bravo.quality.FeedbackService.Item;
import app.bravo.quality.FeedbackService.Origin;
import app.bravo.quality.FeedbackService.Outcome;
import app.bravo.web.WebMessages;

/**
 * One attempt at writing a delivery, in one transaction: check every score, look up which external ids are
 * already stored, write the new scores, and tell the pulse ({@link FeedbackReceived}). A few statements per
 * delivery whatever its size: the teams, people and known external ids are read in IN lists, the inserts are
 * batched.
 */
@ApplicationScoped
class FeedbackWriter {

    /** A sender's clock may run a little ahead of ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Older scores are refused: a year back is what the pulse and the insights show. */
    static final Duration MAX_AGE = Duration.ofDays(366);
    /** External ids per lookup statement. */
    static final int LOOKUP = 500;

    Clock clock = Clock.systemUTC();

    @Inject
    BravoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Event<FeedbackReceived> received;

    /** What is wrong with each score, checked as {@link #write} checks them; nothing is written. */
    @Transactional
    List<Problem> check(List<FeedbackInput> inputs) {
        return problems(inputs, clock.instant(), teams(inputs), people(inputs));
    }

    @Transactional
    Outcome write(List<FeedbackInput> inputs, Origin origin, boolean indexed) {
        Instant now = clock.instant();
        Map<Long, Team> teams = teams(inputs);
        Map<Long, Person> people = people(inputs);
        List<Problem> problems = problems(inputs, now, teams, people);
        if (!problems.isEmpty()) {
            throw new FeedbackRefused(problems, indexed);
        }
        Map<String, Long> stored = storedIds(inputs);
        ZoneId zone = config.timeZone();
        Person enteredBy = origin.enteredById() == null ? null : em.getReference(Person.class, origin.enteredById());
        List<Item> items = new ArrayList<>(inputs.size());
        List<FeedbackScore> written = new ArrayList<>();
        Map<String, Integer> itemOfNewId = new HashMap<>();
        Set<LocalDate> days = new HashSet<>();
        Set<Long> teamIds = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            FeedbackInput input = inputs.get(i);
            String externalId = input.cleanExternalId();
            if (externalId != null && stored.containsKey(externalId)) {
                items.add(new Item(i, stored.get(externalId), externalId, false));
                continue;
            }
            if (externalId != null && itemOfNewId.containsKey(externalId)) {
                items.add(null); // the same id twice in one delivery: it is the first one's score
                continue;
            }
            FeedbackScore score = new FeedbackScore();
            score.scale = input.scale();
            score.score = input.score().shortValue();
            score.team = teams.get(input.teamId());
            score.person = input.personId() == null ? null : people.get(input.personId());
            score.channel = input.channel();
            score.receivedAt = input.receivedAt() == null ? now : input.receivedAt();
            score.receivedOn = FeedbackScore.dayOf(score.receivedAt, zone);
            score.comment = input.cleanComment();
            score.externalId = externalId;
            score.source = origin.source();
            score.enteredBy = enteredBy;
            score.apiTokenId = origin.apiTokenId();
            score.createdAt = now;
            score.persist();
            written.add(score);
            if (externalId != null) {
                itemOfNewId.put(externalId, i);
            }
            days.add(score.receivedOn);
            teamIds.add(score.team.id);
            items.add(new Item(i, score.id, externalId, true));
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                String externalId = inputs.get(i).cleanExternalId();
                items.set(i, new Item(i, items.get(itemOfNewId.get(externalId)).id(), externalId, false));
            }
        }
        // A taken external id fails here, inside this transaction, so the service can roll back and retry.
        em.flush();
        if (!written.isEmpty()) {
            received.fire(new FeedbackReceived(written.size(), Set.copyOf(days), Set.copyOf(teamIds)));
        }
        return new Outcome(List.copyOf(items));
    }

    private List<Problem> problems(List<FeedbackInput> inputs, Instant now, Map<Long, Team> teams,
            Map<Long, Person> people) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            check(i, inputs.get(i), now, teams, people, problems);
        }
        return problems;
    }

    private void check(int index, FeedbackInput input, Instant now, Map<Long, Team> teams, Map<Long, Person> people,
            List<Problem> problems) {
        if (input == null) {
            problems.add(new Problem(index, "score", web(WebMessages::error_required)));
            return;
        }
        if (input.scale() == null) {
            problems.add(new Problem(index, "scale", web(WebMessages::error_required)));
        }
        if (input.score() == null) {
            problems.add(new Problem(index, "score", web(WebMessages::error_required)));
        } else if (input.scale() != null && !input.scale().accepts(input.score())) {
            FeedbackScore.Scale scale = input.scale();
            problems.add(new Problem(index, "score", msg(m -> m.error_score_range(scale.name(), String.valueOf(scale.min), String.valueOf(scale.max)))));
        }
        Team team = input.teamId() == null ? null : teams.get(input.teamId());
        if (input.teamId() == null) {
            problems.add(new Problem(index, "teamId", web(WebMessages::error_required)));
        } else if (team == null || !team.active) {
            problems.add(new Problem(index, "teamId", msg(QualityMessages::error_team)));
        }
        if (input.personId() != null) {
            Person person = people.get(input.personId());
            if (person == null || !person.active) {
                problems.add(new Problem(index, "personId", msg(QualityMessages::error_person)));
            } else if (team != null && (person.team == null || !Objects.equals(person.team.id, team.id))) {
                problems.add(new Problem(index, "personId", msg(m -> m.error_person_team(team.name))));
            }
        }
        if (input.channel() == null) {
            problems.add(new Problem(index, "channel", web(WebMessages::error_required)));
        }
        if (input.receivedAt() != null) {
            if (input.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
                problems.add(new Problem(index, "receivedAt", msg(QualityMessages::error_received_future)));
            } else if (input.receivedAt().isBefore(now.minus(MAX_AGE))) {
                problems.add(new Problem(index, "receivedAt", msg(QualityMessages::error_received_old)));
            }
        }
        String comment = input.cleanComment();
        if (comment != null && comment.length() > FeedbackInput.MAX_COMMENT) {
            problems.add(new Problem(index, "comment", web(m -> m.error_size_max(FeedbackInput.MAX_COMMENT))));
        }
        String externalId = input.cleanExternalId();
        if (externalId != null && externalId.length() > FeedbackInput.MAX_EXTERNAL_ID) {
            problems.add(new Problem(index, "externalId", web(m -> m.error_size_max(FeedbackInput.MAX_EXTERNAL_ID))));
        }
    }

    private Map<Long, Team> teams(List<FeedbackInput> inputs) {
        Set<Long> ids = new HashSet<>();
        inputs.stream().filter(Objects::nonNull).map(FeedbackInput::teamId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, Team> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Team.<Team> list("id in ?1", ids).forEach(t -> found.put(t.id, t));
        }
        return found;
    }

    private Map<Long, Person> people(List<FeedbackInput> inputs) {
        Set<Long> ids = new HashSet<>();
        inputs.stream().filter(Objects::nonNull).map(FeedbackInput::personId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, Person> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Person.<Person> list("from Person p left join fetch p.team where p.id in ?1", ids)
                    .forEach(p -> found.put(p.id, p));
        }
        return found;
    }

    /** The delivery's external ids already stored, with their scores' ids. */
    private Map<String, Long> storedIds(List<FeedbackInput> inputs) {
        List<String> ids = inputs.stream().map(FeedbackInput::cleanExternalId).filter(Objects::nonNull).distinct()
                .toList();
        Map<String, Long> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP) {
            em.createQuery("select f.externalId, f.id from FeedbackScore f where f.externalId in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + LOOKUP))).getResultList()
                    .forEach(row -> stored.put((String) row[0], (Long) row[1]));
        }
        return stored;
    }

    private static Text msg(Function<QualityMessages, String> message) {
        return Text.of(QualityMessages.class, message);
    }

    private static Text web(Function<WebMessages, String> message) {
        return Text.of(WebMessages.class, message);
    }
}
