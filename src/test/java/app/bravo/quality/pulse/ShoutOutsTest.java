package app.bravo.quality.pulse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.bravo.quality.pulse.PulseScore.Counts;
import app.bravo.quality.pulse.ShoutOuts.Kind;
import app.bravo.quality.pulse.ShoutOuts.ShoutOut;

/** The automatic shout-outs from weekly sums: which, in what order, and never more than three. */
class ShoutOutsTest {

    static final LocalDate LAST_WEEK = LocalDate.of(2026, 11, 23); // a Monday

    /** {@code satisfied} of {@code n} CSAT scores. */
    static Counts csat(long satisfied, long n) {
        return new Counts(n, satisfied, satisfied * 5 + (n - satisfied) * 2, 0, 0, 0);
    }

    static ShoutOuts.TeamWeeks team(long id, String name, Counts... oldestFirst) {
        Map<LocalDate, Counts> weeks = new HashMap<>();
        for (int i = 0; i < oldestFirst.length; i++) {
            weeks.put(LAST_WEEK.minusWeeks(oldestFirst.length - 1L - i), oldestFirst[i]);
        }
        return new ShoutOuts.TeamWeeks(id, name, weeks);
    }

    static ShoutOuts.Inputs inputs(Counts organisation, Pulse.Targets orgTargets, List<ShoutOuts.TeamWeeks> teams,
            Map<Long, Pulse.Targets> teamTargets, List<ShoutOuts.Praised> praised) {
        return new ShoutOuts.Inputs(LAST_WEEK, organisation, orgTargets, teams, teamTargets, praised);
    }

    @Test
    void aBestWeekIsStrictlyTheBestOfTheEligibleWeeks() {
        Counts last = csat(19, 20); // 95 %
        assertTrue(ShoutOuts.bestWeek(team(1, "A", csat(17, 20), csat(18, 20), csat(9, 10), last), LAST_WEEK));
        assertFalse(ShoutOuts.bestWeek(team(1, "A", csat(17, 20), csat(19, 20), csat(9, 10), last), LAST_WEEK),
                "a tie is not a best week");
        assertFalse(ShoutOuts.bestWeek(team(1, "A", csat(17, 20), csat(9, 10), last), LAST_WEEK),
                "three eligible weeks are too few to compare");
        assertFalse(ShoutOuts.bestWeek(team(1, "A", csat(1, 20), csat(2, 20), csat(3, 20), csat(9, 9)), LAST_WEEK),
                "9 responses are not enough");
        // A better week long ago (13 weeks back) does not count: only the last 12.
        Counts[] weeks = new Counts[13];
        weeks[0] = csat(20, 20);
        for (int i = 1; i < 12; i++) {
            weeks[i] = csat(15, 20);
        }
        weeks[12] = last;
        assertTrue(ShoutOuts.bestWeek(team(1, "A", weeks), LAST_WEEK));
        // Exact shares: 19/20 (95 %) beats 94/99 (94.95 %, also "95 %" rounded).
        assertTrue(ShoutOuts.bestWeek(team(1, "A", csat(94, 99), csat(10, 20), csat(10, 20), last), LAST_WEEK));
    }

    @Test
    void targetsMetPraiseAndBestWeeksTakeTurnsThreeAtMost() {
        Pulse.Targets ninety = new Pulse.Targets(90, null);
        List<ShoutOuts.TeamWeeks> teams = List.of(
                team(2, "Front Desk", csat(10, 20), csat(10, 20), csat(10, 20), csat(19, 20)),
                team(3, "Billing", csat(10, 20), csat(10, 20), csat(10, 20), csat(18, 20)),
                team(4, "Archive", csat(10, 20), csat(10, 20), csat(10, 20), csat(17, 20)));
        List<ShoutOut> chosen = ShoutOuts.choose(inputs(csat(46, 50), ninety, teams,
                Map.of(2L, ninety, 3L, new Pulse.Targets(95, null)),
                List.of(new ShoutOuts.Praised("Ana", "Front Desk", 3), new ShoutOuts.Praised("Bojan", "Billing", 5),
                        new ShoutOuts.Praised("Cvetka", "Billing", 2))));
        assertEquals(3, chosen.size());
        assertEquals(new ShoutOut(Kind.TARGET_MET, null, null, 92, 50), chosen.get(0), "the organisation first");
        assertEquals(new ShoutOut(Kind.PRAISED, "Bojan", "Billing", null, 5), chosen.get(1), "most praised first");
        assertEquals(Kind.BEST_WEEK, chosen.get(2).kind());
        assertEquals("Front Desk", chosen.get(2).name(), "the best share of the best weeks");
        assertEquals(chosen, ShoutOuts.choose(inputs(csat(46, 50), ninety, List.of(teams.get(2), teams.get(1),
                teams.get(0)), Map.of(2L, ninety, 3L, new Pulse.Targets(95, null)), List.of(
                        new ShoutOuts.Praised("Cvetka", "Billing", 2), new ShoutOuts.Praised("Ana", "Front Desk", 3),
                        new ShoutOuts.Praised("Bojan", "Billing", 5)))), "the same whatever the input order");
    }

    @Test
    void aTargetWithoutDataOrOneMetricMissedIsNotMet() {
        Pulse.Targets both = new Pulse.Targets(90, 40);
        Counts goodCsatNoNps = csat(20, 20);
        assertTrue(ShoutOuts.choose(inputs(goodCsatNoNps, both, List.of(), Map.of(), List.of())).isEmpty(),
                "NPS has no data: not met");
        Counts withNps = goodCsatNoNps.plus(Counts.nps(9, 9, 7));
        assertEquals(Kind.TARGET_MET,
                ShoutOuts.choose(inputs(withNps, both, List.of(), Map.of(), List.of())).get(0).kind());
        assertTrue(ShoutOuts.choose(inputs(withNps.plus(Counts.nps(0, 0)), both, List.of(), Map.of(), List.of()))
                .isEmpty(), "NPS 0 < 40");
        assertTrue(ShoutOuts.choose(inputs(withNps, Pulse.Targets.NONE, List.of(), Map.of(), List.of())).isEmpty(),
                "no target, nothing to celebrate");
    }
}
