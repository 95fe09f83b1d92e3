package app.bravo.awards;

import static app.bravo.awards.ProgrammeService.msg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import app.bravo.audit.Audit;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.Text;
import app.bravo.web.BadInputException;

/**
 * Rounds and their phases. A phase moves only through {@link #move}: one conditional update decides who moves
 * it (HR, the API, the scheduler, another instance), and that caller alone writes the audit entry and fires
 * {@link PhaseChanged}, all in one transaction.
 */
@ApplicationScoped
public class RoundService {

    private static final Logger LOG = Logger.getLogger(RoundService.class);

    @Inject
    Audit audit;

    @Inject
    Event<PhaseChanged> phaseChanged;

    @Inject
    BravoConfig config;

    public static Round requireRound(long id) {
        Round round = Round.findById(id);
        if (round == null) {
            throw new NotFoundException();
        }
        return round;
    }

    @Transactional
    public Round create(RoundInput input) {
        Programme programme = ProgrammeService.requireProgramme(input.programmeId());
        Map<String, Text> errors = new LinkedHashMap<>();
        String title = input.title().trim();
        if (Round.count("programme = ?1 and lower(title) = lower(?2)", programme, title) > 0) {
            errors.put("title", msg(m -> m.error_round_taken()));
        }
        if (input.periodStart() != null && input.periodEnd() != null
                && input.periodEnd().isBefore(input.periodStart())) {
            errors.put("periodEnd", msg(m -> m.error_period_order()));
        }
        checkTimesInOrder(input, errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        Round round = new Round();
        round.programme = programme;
        round.title = title;
        round.periodStart = input.periodStart();
        round.periodEnd = input.periodEnd();
        round.nominatingAt = input.nominatingAt();
        round.shortlistingAt = input.shortlistingAt();
        round.votingAt = input.votingAt();
        round.closingAt = input.closingAt();
        round.announcingAt = input.announcingAt();
        round.createdAt = Instant.now();
        round.phaseChangedAt = round.createdAt;
        round.persist();
        audit.record("award.round.created", "award-round:" + round.id,
                Map.of("programme", programme.name.en, "title", round.title));
        return round;
    }

    /** Scheduled times given must come one after the other, in phase order. */
    private static void checkTimesInOrder(RoundInput input, Map<String, Text> errors) {
        String[] fields = { "nominatingAt", "shortlistingAt", "votingAt", "closingAt", "announcingAt" };
        Instant[] times = { input.nominatingAt(), input.shortlistingAt(), input.votingAt(), input.closingAt(),
                input.announcingAt() };
        Instant previous = null;
        for (int i = 0; i < times.length; i++) {
            if (times[i] == null) {
                continue;
            }
            if (previous != null && !times[i].isAfter(previous)) {
                errors.put(fields[i], msg(m -> m.error_times_order()));
            }
            previous = times[i];
        }
    }

    /**
     * Moves the round from {@code from} to {@code to} (its next phase only). The conditional update runs first:
     * a caller that finds the round elsewhere changes nothing and gets {@link PhaseConflictException}. Then the
     * rules of the new phase (a broken one rolls the move back), the audit entry and the event, in this
     * transaction.
     */
    @Transactional
    public void move(long roundId, Phase from, Phase to) {
        requireRound(roundId);
        if (from == null || to == null || from.next() != to) {
            throw new BadInputException("to", msg(m -> m.error_phase_not_next()));
        }
        Instant now = Instant.now();
        int moved = Round.update("phase = :to, phaseChangedAt = :now, version = version + 1 where id = :id and phase = :from",
                io.quarkus.panache.common.Parameters.with("to", to).and("now", now).and("id", roundId)
                        .and("from", from));
        if (moved != 1) {
            throw new PhaseConflictException(msg(m -> m.error_phase_moved_meanwhile()));
        }
        Round round = Round.getEntityManager().find(Round.class, roundId);
        Round.getEntityManager().refresh(round);
        switch (to) {
            case NOMINATING -> requireCategories(round);
            case VOTING -> shortlistByDefault(round);
            default -> {
            }
        }
        audit.record("award.round.phase", "award-round:" + roundId,
                Map.of("title", round.title, "from", from, "to", to));
        phaseChanged.fire(new PhaseChanged(roundId, from, to));
        if (to == Phase.ANNOUNCED) {
            openNextRound(round);
        }
    }

    private static void requireCategories(Round round) {
        if (Category.count("programme = ?1 and active = true", round.programme) == 0) {
            throw new BadInputException("to", msg(m -> m.error_no_categories()));
        }
    }

    /**
     * Categories HR did not shortlist get the default: every active nominee up to the finalist limit, most
     * citations first, ties by the earlier nomination (then the lower id). Every category needs a finalist.
     */
    void shortlistByDefault(Round round) {
        for (Category category : activeCategories(round)) {
            if (!Nomination.finalistsOf(round.id, category.id).isEmpty()) {
                continue;
            }
            List<Nomination> ranked = Nomination.find("round = ?1 and category = ?2 and status = ?3 and citations > 0"
                    + " order by citations desc, createdAt, id", round, category, Nomination.Status.ACTIVE)
                    .page(0, category.finalists).list();
            if (ranked.isEmpty()) {
                String name = category.name.en;
                throw new BadInputException("to", Text.of(AwardMessages.class,
                        m -> m.error_category_without_finalists(name)));
            }
            ranked.forEach(n -> n.finalist = true);
        }
    }

    static List<Category> activeCategories(Round round) {
        return Category.ofRound(round);
    }

    /** HR's shortlist of a category: exactly these active nominations are finalists (up to the limit). */
    @Transactional
    public void shortlist(long roundId, long categoryId, List<Long> nominationIds) {
        Round round = requireRound(roundId);
        if (round.phase != Phase.SHORTLISTING) {
            throw new PhaseConflictException(msg(m -> m.error_not_shortlisting()));
        }
        Category category = ProgrammeService.requireCategory(round.programme.id, categoryId);
        List<Long> ids = CategoryInput.orEmpty(nominationIds);
        if (ids.isEmpty()) {
            throw new BadInputException("nominationIds", msg(m -> m.error_shortlist_empty()));
        }
        if (ids.size() > category.finalists) {
            int limit = category.finalists;
            throw new BadInputException("nominationIds", msg(m -> m.error_shortlist_too_many(limit)));
        }
        List<Nomination> chosen = Nomination.list("id in ?1 and round = ?2 and category = ?3 and status = ?4", ids,
                round, category, Nomination.Status.ACTIVE);
        if (chosen.size() != ids.size()) {
            throw new BadInputException("nominationIds", msg(m -> m.error_unknown_choice()));
        }
        Nomination.update("finalist = false where round = ?1 and category = ?2", round, category);
        Nomination.update("finalist = true where id in ?1", ids);
        audit.record("award.shortlisted", "award-round:" + round.id,
                Map.of("category", category.name.en, "finalists", String.join(" ",
                        chosen.stream().map(n -> n.nomineeKey).toList())));
    }

    /** HR withdraws a nomination with a reason (before voting opens): it leaves the shortlist and the ballot. */
    @Transactional
    public Nomination withdraw(long roundId, long nominationId, String reason) {
        Round round = requireRound(roundId);
        Nomination nomination = Nomination.findById(nominationId);
        if (nomination == null || !nomination.round.id.equals(round.id)) {
            throw new NotFoundException();
        }
        if (round.phase != Phase.NOMINATING && round.phase != Phase.SHORTLISTING) {
            throw new PhaseConflictException(msg(m -> m.error_withdraw_phase()));
        }
        String text = ProgrammeService.trimToNull(reason);
        if (text == null || text.length() > 500) {
            throw new BadInputException("reason", msg(m -> m.error_reason()));
        }
        nomination.status = Nomination.Status.WITHDRAWN;
        nomination.withdrawnReason = text;
        nomination.finalist = false;
        audit.record("award.nomination.withdrawn", "award-nomination:" + nomination.id,
                Map.of("nominee", nomination.nomineeKey, "reason", text));
        return nomination;
    }

    /**
     * A recurring programme's next round, once the last one is announced: the next period, scheduled times
     * shifted by the cadence, titled by its period. Runs inside the announcing move, which happens once; the
     * unique programme+title also stops a second one.
     */
    void openNextRound(Round round) {
        Cadence cadence = round.programme.cadence;
        if (cadence == Cadence.ONE_OFF || round.isRunoff()) {
            return;
        }
        LocalDate start = round.periodStart != null ? shift(round.periodStart, cadence)
                : LocalDate.now(config.timeZone()).withDayOfMonth(1);
        LocalDate end = shift(start, cadence).minusDays(1);
        String title = Cadences.label(cadence, start);
        if (Round.count("programme = ?1 and lower(title) = lower(?2)", round.programme, title) > 0) {
            LOG.infof("Round %d announced: the next round '%s' exists already", round.id, title);
            return;
        }
        Round next = new Round();
        next.programme = round.programme;
        next.title = title;
        next.periodStart = start;
        next.periodEnd = end;
        next.nominatingAt = shift(round.nominatingAt, cadence);
        next.shortlistingAt = shift(round.shortlistingAt, cadence);
        next.votingAt = shift(round.votingAt, cadence);
        next.closingAt = shift(round.closingAt, cadence);
        next.announcingAt = shift(round.announcingAt, cadence);
        next.createdAt = Instant.now();
        next.phaseChangedAt = next.createdAt;
        next.persist();
        audit.record("award.round.created", "award-round:" + next.id,
                Map.of("programme", round.programme.name.en, "title", next.title));
    }

    /** A run-off round's title: the round it decides, marked (the unique title per programme kept). */
    static final String RUNOFF_MARK = " (run-off)";

    /**
     * A run-off round for a tie HR sends to one: a round of the same programme that points at the decided round
     * and holds only this category, the tied candidates as its finalists (their citations kept) and the open
     * places as its seats. It starts in SHORTLISTING, so HR opens its voting by hand (the usual phase moves, the
     * voters' notices and the same tally); a second tied category joins it until its voting has opened, and
     * gets a run-off round of its own after that. The caller holds the decided round's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Round openRunoff(Round decided, Category category, List<String> candidates, int seats) {
        Instant now = Instant.now();
        // A second tied category joins the run-off until its voting opens; after that it gets a run-off of its own.
        Round runoff = Round.<Round>find("runoffOf = ?1 and phase = ?2 order by id desc", decided, Phase.SHORTLISTING)
                .firstResult();
        if (runoff == null) {
            runoff = new Round();
            runoff.programme = decided.programme;
            runoff.title = runoffTitle(decided);
            runoff.phase = Phase.SHORTLISTING;
            runoff.periodStart = decided.periodStart;
            runoff.periodEnd = decided.periodEnd;
            runoff.runoffOf = decided;
            runoff.createdAt = now;
            runoff.phaseChangedAt = now;
            runoff.persist();
        }
        RunoffSeat seat = new RunoffSeat();
        seat.roundId = runoff.id;
        seat.categoryId = category.id;
        seat.seats = seats;
        seat.persist();
        List<String> names = new ArrayList<>();
        for (String key : candidates) {
            Nomination tied = Nomination.<Nomination>find("round = ?1 and category = ?2 and nomineeKey = ?3", decided,
                    category, key).firstResult();
            Nomination finalist = new Nomination();
            finalist.round = runoff;
            finalist.category = category;
            finalist.nomineeKey = key;
            finalist.person = tied.person;
            finalist.team = tied.team;
            finalist.finalist = true;
            finalist.citations = tied.citations;
            finalist.createdAt = now;
            finalist.persist();
            names.add(tied.person != null ? tied.person.fullName : tied.team.name);
            for (Citation cited : Citation.<Citation>list("nomination = ?1 order by id", tied)) {
                Citation copy = new Citation();
                copy.nomination = finalist;
                copy.nominator = cited.nominator;
                copy.citation = cited.citation;
                copy.post = cited.post;
                copy.createdAt = cited.createdAt;
                copy.persist();
            }
        }
        audit.record("award.runoff.opened", "award-round:" + runoff.id, Map.of("title", runoff.title, "decides",
                decided.title, "category", category.name.en, "seats", seats, "finalists", String.join(", ", names)));
        return runoff;
    }

    private static String runoffTitle(Round decided) {
        String base = decided.title.length() + RUNOFF_MARK.length() > 110 ? decided.title.substring(0, 100)
                : decided.title;
        String title = base + RUNOFF_MARK;
        for (int n = 2; Round.count("programme = ?1 and lower(title) = lower(?2)", decided.programme, title) > 0; n++) {
            title = base + RUNOFF_MARK + " " + n;
        }
        return title;
    }

    private Instant shift(Instant time, Cadence cadence) {
        if (time == null) {
            return null;
        }
        ZonedDateTime local = time.atZone(config.timeZone());
        return Cadences.shift(local.toLocalDate(), cadence).atTime(local.toLocalTime()).atZone(config.timeZone())
                .toInstant();
    }

    private static LocalDate shift(LocalDate date, Cadence cadence) {
        return Cadences.shift(date, cadence);
    }

    /** Rounds whose scheduled move has come, oldest first. */
    public static List<Round> due(Instant now) {
        List<Round> due = new ArrayList<>();
        due.addAll(Round.list("phase = ?1 and nominatingAt <= ?2", Phase.DRAFT, now));
        due.addAll(Round.list("phase = ?1 and shortlistingAt <= ?2", Phase.NOMINATING, now));
        due.addAll(Round.list("phase = ?1 and votingAt <= ?2", Phase.SHORTLISTING, now));
        due.addAll(Round.list("phase = ?1 and closingAt <= ?2", Phase.VOTING, now));
        due.addAll(Round.list("phase = ?1 and announcingAt <= ?2", Phase.CLOSED, now));
        return due;
    }
}
