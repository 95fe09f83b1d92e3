package app.bravo.quality.pulse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import app.bravo.quality.pulse.PulseScore.Counts;
import app.bravo.quality.pulse.PulseScore.Figures;
import io.quarkus.qute.TemplateData;

/**
 * The board's automatic shout-outs, chosen from weekly sums alone (pure: no database, no clock). Three kinds:
 * <ul>
 * <li>a target met: the organisation or a team met every target it has for the last complete ISO week, on at
 * least {@value #MIN_RESPONSES} responses;</li>
 * <li>praised by customers: a person named by at least {@value #PRAISES} praising scores this week;</li>
 * <li>a best week: a team's last complete week had its best CSAT % of the last {@value #WEEKS} weeks, counting
 * only weeks with at least {@value #MIN_RESPONSES} CSAT responses, and at least {@value #MIN_WEEKS} of them.</li>
 * </ul>
 * At most {@value #MAX} in all, taken in turn from each kind (targets, praise, best weeks), each kind in a fixed
 * order, so the same sums always give the same shout-outs.
 */
public final class ShoutOuts {

    public static final int MAX = 3;
    public static final int WEEKS = 12;
    public static final int MIN_RESPONSES = 10;
    public static final int MIN_WEEKS = 4;
    public static final int PRAISES = 3;

    public enum Kind {
        TARGET_MET, PRAISED, BEST_WEEK
    }

    /** One shout-out: whom it names (null name = the organisation), its team, and its figure or count. */
    @TemplateData
    public record ShoutOut(Kind kind, String name, String teamName, Integer csatPercent, long count) {

        public boolean organisation() {
            return name == null;
        }

        /** For the page's class and wording: target_met, praised, best_week. */
        public String kindName() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A team's sums per ISO week (keyed by the week's Monday). */
    public record TeamWeeks(long teamId, String name, Map<LocalDate, Counts> weeks) {
    }

    /** Someone customers praised this week. */
    public record Praised(String name, String teamName, long count) {
    }

    /**
     * @param lastWeek the Monday of the last complete ISO week
     * @param organisation the organisation's sums of that week
     */
    public record Inputs(LocalDate lastWeek, Counts organisation, Pulse.Targets organisationTargets,
            List<TeamWeeks> teams, Map<Long, Pulse.Targets> teamTargets, List<Praised> praised) {
    }

    private ShoutOuts() {
    }

    public static List<ShoutOut> choose(Inputs in) {
        List<ShoutOut> targets = new ArrayList<>();
        // A target is met on enough responses only: one delighted customer is not a week's 100 %.
        if (in.organisation().responses() >= MIN_RESPONSES
                && in.organisationTargets().metBy(Figures.of(in.organisation()))) {
            targets.add(new ShoutOut(Kind.TARGET_MET, null, null, in.organisation().csatPercent(),
                    in.organisation().responses()));
        }
        List<TeamWeeks> byName = in.teams().stream()
                .sorted(Comparator.comparing(TeamWeeks::name).thenComparing(TeamWeeks::teamId)).toList();
        for (TeamWeeks team : byName) {
            Counts week = team.weeks().getOrDefault(in.lastWeek(), Counts.NONE);
            if (week.responses() >= MIN_RESPONSES
                    && in.teamTargets().getOrDefault(team.teamId(), Pulse.Targets.NONE).metBy(Figures.of(week))) {
                targets.add(new ShoutOut(Kind.TARGET_MET, team.name(), team.name(), week.csatPercent(),
                        week.responses()));
            }
        }
        List<ShoutOut> praised = in.praised().stream().filter(p -> p.count() >= PRAISES)
                .sorted(Comparator.comparingLong(Praised::count).reversed().thenComparing(Praised::name)
                        .thenComparing(Praised::teamName))
                .map(p -> new ShoutOut(Kind.PRAISED, p.name(), p.teamName(), null, p.count())).toList();
        List<ShoutOut> best = new ArrayList<>();
        for (TeamWeeks team : byName) {
            if (bestWeek(team, in.lastWeek())) {
                Counts week = team.weeks().get(in.lastWeek());
                best.add(new ShoutOut(Kind.BEST_WEEK, team.name(), team.name(), week.csatPercent(), week.csatN()));
            }
        }
        best.sort(Comparator.comparing((ShoutOut s) -> -s.csatPercent()).thenComparing(ShoutOut::name));
        return interleave(List.of(targets, praised, best));
    }

    /** Whether {@code lastWeek} is strictly the team's best CSAT share among its weeks with enough responses. */
    static boolean bestWeek(TeamWeeks team, LocalDate lastWeek) {
        Counts last = team.weeks().get(lastWeek);
        if (last == null || last.csatN() < MIN_RESPONSES) {
            return false;
        }
        LocalDate first = lastWeek.minusWeeks(WEEKS - 1);
        int eligible = 0;
        for (Map.Entry<LocalDate, Counts> week : team.weeks().entrySet()) {
            Counts counts = week.getValue();
            if (week.getKey().isBefore(first) || week.getKey().isAfter(lastWeek) || counts.csatN() < MIN_RESPONSES) {
                continue;
            }
            eligible++;
            // Exact shares compared by cross-multiplication, never rounded per cent.
            if (!week.getKey().equals(lastWeek)
                    && counts.csatSatisfied() * last.csatN() >= last.csatSatisfied() * counts.csatN()) {
                return false;
            }
        }
        return eligible >= MIN_WEEKS;
    }

    private static List<ShoutOut> interleave(List<List<ShoutOut>> kinds) {
        List<ShoutOut> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < MAX; round++) {
            boolean any = false;
            for (List<ShoutOut> kind : kinds) {
                if (round < kind.size() && chosen.size() < MAX) {
                    chosen.add(kind.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }
}
