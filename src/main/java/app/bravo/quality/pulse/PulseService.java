package app.bravo.quality.pulse;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import app.bravo.config.BravoConfig;
import app.bravo.quality.FeedbackReceived;
import app.bravo.quality.FeedbackScore;
import app.bravo.quality.pulse.PulseScore.Counts;
import app.bravo.quality.pulse.PulseScore.Figures;
import app.bravo.web.KeptValues;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The pulse of a scope as of the organisation's today, and the week's shout-outs. What it computes is kept per
 * instance for {@code bravo.pulse.ttl} (60 s), so a warm board page runs none of the pulse's statements; new
 * feedback through this instance ({@link FeedbackReceived}) or a target change drops it at once, feedback
 * through another instance shows within the TTL. Views keep their rendered panels here too ({@link #kept}).
 */
@ApplicationScoped
public class PulseService {

    /** Past this many kept entries it starts again (keys hold a scope, a day count and a language). */
    static final int MAX_ENTRIES = 2000;

    /** A target changed: the kept pulse (which draws targets) is dropped once the change committed. */
    public record TargetsChanged() {
    }

    @Inject
    BravoConfig config;

    /** The clock "today" comes from. */
    private volatile Clock clock = Clock.systemUTC();

    private final AtomicLong generation = new AtomicLong();
    private final KeptValues kept = new KeptValues(MAX_ENTRIES, generation::get, System::nanoTime);

    /** Tests move "now" (a method, so it reaches the bean through its client proxy). */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** The organisation's day now: its time zone decides when a day begins, whatever the server's zone. */
    public LocalDate today() {
        return FeedbackScore.dayOf(clock.instant(), config.timeZone());
    }

    /** The Monday that starts the ISO week of {@code day}. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A scope's pulse over the last {@code days} days up to today, kept. */
    public Pulse pulse(PulseScope scope, int days) {
        LocalDate today = today();
        return kept(List.of("pulse", scope.key(), days, today), () -> compute(scope, days, today));
    }

    /** The shout-outs of the week {@code today} falls in, kept. */
    public List<ShoutOuts.ShoutOut> shoutOuts() {
        LocalDate today = today();
        return kept(List.of("shout-outs", today), () -> computeShoutOuts(today));
    }

    /**
     * A scope's pulse over {@code days} days ending {@code today}: one statement for the series (today and this
     * week are days of it) and one for the targets.
     */
    public Pulse compute(PulseScope scope, int days, LocalDate today) {
        LocalDate from = today.minusDays(days - 1L);
        LocalDate weekStart = weekStart(today);
        LocalDate first = weekStart.isBefore(from) ? weekStart : from;
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<LocalDate, Counts> sums = PulseQuery.daily(scope, first, today);
            List<Pulse.Day> series = new ArrayList<>(days);
            for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                series.add(new Pulse.Day(day, sums.getOrDefault(day, Counts.NONE)));
            }
            Counts week = Counts.NONE;
            for (LocalDate day = weekStart; !day.isAfter(today); day = day.plusDays(1)) {
                week = week.plus(sums.getOrDefault(day, Counts.NONE));
            }
            return new Pulse(scope.key(), from, today, List.copyOf(series),
                    Figures.of(sums.getOrDefault(today, Counts.NONE)), Figures.of(week), weekStart,
                    targets(scope));
        });
    }

    /** The targets that apply to a scope (departments have none of their own). */
    static Pulse.Targets targets(PulseScope scope) {
        if (scope.kind() == PulseScope.Kind.DEPARTMENT) {
            return Pulse.Targets.NONE;
        }
        Integer csat = null;
        Integer nps = null;
        for (QualityTarget target : QualityTarget.<QualityTarget> list("scopeKey", scope.key())) {
            if (target.metric == QualityTarget.Metric.CSAT_PERCENT) {
                csat = target.goal;
            } else {
                nps = target.goal;
            }
        }
        return new Pulse.Targets(csat, nps);
    }

    /** The shout-outs as of {@code today}: three statements over sums (teams per day, people, targets). */
    public List<ShoutOuts.ShoutOut> computeShoutOuts(LocalDate today) {
        LocalDate thisWeek = weekStart(today);
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        LocalDate first = lastWeek.minusWeeks(ShoutOuts.WEEKS - 1L);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<Long, ShoutOuts.TeamWeeks> teams = new HashMap<>();
            Counts organisation = Counts.NONE;
            for (PulseQuery.TeamDay row : PulseQuery.teamDays(first, thisWeek.minusDays(1))) {
                ShoutOuts.TeamWeeks team = teams.computeIfAbsent(row.teamId(),
                        id -> new ShoutOuts.TeamWeeks(id, row.teamName(), new HashMap<>()));
                team.weeks().merge(weekStart(row.day()), row.counts(), Counts::plus);
            }
            // The organisation's week counts every team's scores, deactivated teams' too.
            for (Counts day : PulseQuery.daily(PulseScope.ORG, lastWeek, thisWeek.minusDays(1)).values()) {
                organisation = organisation.plus(day);
            }
            Pulse.Targets organisationTargets = Pulse.Targets.NONE;
            Map<Long, Integer[]> teamGoals = new HashMap<>();
            for (QualityTarget target : QualityTarget.<QualityTarget> listAll()) {
                int slot = target.metric == QualityTarget.Metric.CSAT_PERCENT ? 0 : 1;
                if (target.team == null) {
                    organisationTargets = slot == 0 ? new Pulse.Targets(target.goal, organisationTargets.nps())
                            : new Pulse.Targets(organisationTargets.csatPercent(), target.goal);
                } else {
                    teamGoals.computeIfAbsent(target.team.id, id -> new Integer[2])[slot] = target.goal;
                }
            }
            Map<Long, Pulse.Targets> teamTargets = new HashMap<>();
            teamGoals.forEach((id, goals) -> teamTargets.put(id, new Pulse.Targets(goals[0], goals[1])));
            List<ShoutOuts.Praised> praised = PulseQuery.praised(thisWeek, today, ShoutOuts.PRAISES).stream()
                    .map(p -> new ShoutOuts.Praised(p.name(), p.teamName(), p.count())).toList();
            return ShoutOuts.choose(new ShoutOuts.Inputs(lastWeek, organisation, organisationTargets,
                    List.copyOf(teams.values()), teamTargets, praised));
        });
    }

    /**
     * What {@code load} gives, kept under {@code key} for the TTL unless dropped meanwhile ({@link KeptValues}:
     * one reader loads a key at a time, so an expiry under load costs one computation, not one per request; a
     * value loaded while new feedback arrived is returned but not kept).
     */
    public <T> T kept(Object key, Supplier<T> load) {
        Duration ttl = config.pulse().ttl();
        if (ttl.isZero() || ttl.isNegative()) {
            return load.get();
        }
        return kept.get(key, ttl.toNanos(), load);
    }

    /** Forgets everything kept (new feedback, a target changed; tests). */
    public void clear() {
        generation.incrementAndGet();
        kept.clear();
    }

    void onFeedback(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackReceived received) {
        clear();
    }

    void onTargets(@Observes(during = TransactionPhase.AFTER_SUCCESS) TargetsChanged changed) {
        clear();
    }
}
