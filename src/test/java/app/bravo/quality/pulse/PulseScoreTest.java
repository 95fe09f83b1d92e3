package app.bravo.quality.pulse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import app.bravo.quality.pulse.PulseScore.Counts;
import app.bravo.quality.pulse.PulseScore.Figures;

/** The pulse's arithmetic on hand-computed examples: no Quarkus, no database. */
class PulseScoreTest {

    @Test
    void npsEdgesSixIsADetractorSevenAndEightArePassiveNineIsAPromoter() {
        assertTrue(PulseScore.detractor(6));
        assertFalse(PulseScore.detractor(7));
        assertFalse(PulseScore.promoter(8));
        assertTrue(PulseScore.promoter(9));
        assertEquals(-100, Counts.nps(6).nps());
        assertEquals(0, Counts.nps(7).nps());
        assertEquals(0, Counts.nps(8).nps());
        assertEquals(100, Counts.nps(9).nps());
        // 6, 7, 8, 9: one detractor, two passives, one promoter of four = 25 % - 25 % = 0.
        assertEquals(0, Counts.nps(6, 7, 8, 9).nps());
        // 9, 9, 7, 6, 0: 2/5 = 40 % promoters - 2/5 = 40 % detractors.
        assertEquals(0, Counts.nps(9, 9, 7, 6, 0).nps());
        // 10, 9, 9, 8, 3, 6, 7: 3/7 - 2/7 = 1/7 = 14.29 % -> 14.
        assertEquals(14, Counts.nps(10, 9, 9, 8, 3, 6, 7).nps());
    }

    @Test
    void csatIsTheShareOfFoursAndFivesWithTheAverage() {
        Counts counts = Counts.csat(5, 4, 3, 2, 1, 5);
        assertEquals(50, counts.csatPercent(), "3 of 6 are 4 or 5");
        assertEquals(new BigDecimal("3.3"), counts.csatAverage(), "20 / 6 = 3.33");
        assertEquals(6, counts.csatN());
        assertEquals(100, Counts.csat(4).csatPercent(), "4 counts as satisfied");
        assertEquals(0, Counts.csat(3).csatPercent(), "3 does not");
    }

    @Test
    void halvesRoundAwayFromZero() {
        // 1 of 8 = 12.5 % -> 13; NPS 1 detractor of 8 = -12.5 -> -13.
        assertEquals(13, Counts.csat(5, 1, 1, 1, 1, 1, 1, 1).csatPercent());
        assertEquals(-13, Counts.nps(0, 7, 7, 7, 7, 7, 7, 7).nps());
        assertEquals(new BigDecimal("4.5"), Counts.csat(4, 5).csatAverage());
        assertEquals(67, Counts.csat(5, 5, 1).csatPercent(), "2/3 = 66.67");
    }

    @Test
    void noDataIsNoDataNeverZero() {
        Figures none = Figures.of(Counts.NONE);
        assertNull(none.csatPercent());
        assertNull(none.csatAverage());
        assertNull(none.nps());
        assertFalse(none.hasData());
        Figures csatOnly = Figures.of(Counts.csat(5));
        assertEquals(100, csatOnly.csatPercent());
        assertNull(csatOnly.nps(), "CSAT scores say nothing about NPS");
        assertNull(Figures.of(Counts.nps(10)).csatPercent());
    }

    @Test
    void countsAddUpSoDaysMakeWeeks() {
        Counts week = Counts.csat(5, 1).plus(Counts.csat(4)).plus(Counts.nps(9, 6));
        assertEquals(67, week.csatPercent());
        assertEquals(0, week.nps());
        assertEquals(5, week.responses());
        assertEquals(Counts.csat(5, 1, 4).plus(Counts.nps(9, 6)), week);
    }
}
