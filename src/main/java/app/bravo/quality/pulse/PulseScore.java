package app.bravo.quality.pulse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pulse's arithmetic, pure: counts as SQL sums them up, and the figures shown from them.
 * <ul>
 * <li>CSAT % = the share of CSAT scores of 4 or 5, in whole per cent;</li>
 * <li>CSAT average = the mean CSAT score, to one decimal;</li>
 * <li>NPS = % promoters (9-10) − % detractors (0-6), passives (7-8) count in the total only; −100..100.</li>
 * </ul>
 * Rounding: to the nearest whole number (one decimal for the average), halves away from zero, so 12.5 → 13 and
 * −12.5 → −13; the figures are computed from the exact counts, never from rounded parts. A figure without any
 * score of its scale is "no data" (null), never 0 or NaN.
 */
public final class PulseScore {

    private PulseScore() {
    }

    /** CSAT 4 and 5 are "satisfied". */
    public static boolean satisfied(int csat) {
        return csat >= 4;
    }

    /** NPS 9 and 10 are promoters. */
    public static boolean promoter(int nps) {
        return nps >= 9;
    }

    /** NPS 0 to 6 are detractors (7 and 8 are passive). */
    public static boolean detractor(int nps) {
        return nps <= 6;
    }

    /**
     * What SQL sums per day and scope: responses per scale, satisfied CSAT scores, the CSAT total (for the
     * average), NPS promoters and detractors. Counts add up, so days make weeks and teams make departments.
     */
    public record Counts(long csatN, long csatSatisfied, long csatSum, long npsN, long npsPromoters,
            long npsDetractors) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(csatN + other.csatN, csatSatisfied + other.csatSatisfied, csatSum + other.csatSum,
                    npsN + other.npsN, npsPromoters + other.npsPromoters, npsDetractors + other.npsDetractors);
        }

        /** Counts of single scores, for tests and examples: {@code Counts.csat(5, 4, 2)}. */
        public static Counts csat(int... scores) {
            Counts counts = NONE;
            for (int score : scores) {
                counts = counts.plus(new Counts(1, satisfied(score) ? 1 : 0, score, 0, 0, 0));
            }
            return counts;
        }

        public static Counts nps(int... scores) {
            Counts counts = NONE;
            for (int score : scores) {
                counts = counts.plus(new Counts(0, 0, 0, 1, promoter(score) ? 1 : 0, detractor(score) ? 1 : 0));
            }
            return counts;
        }

        public long responses() {
            return csatN + npsN;
        }

        public boolean isEmpty() {
            return responses() == 0;
        }

        /** Share of satisfied CSAT scores in whole per cent; null without CSAT scores. */
        public Integer csatPercent() {
            return csatN == 0 ? null : percent(csatSatisfied, csatN);
        }

        /** Mean CSAT score to one decimal; null without CSAT scores. */
        public BigDecimal csatAverage() {
            return csatN == 0 ? null
                    : BigDecimal.valueOf(csatSum).divide(BigDecimal.valueOf(csatN), 1, RoundingMode.HALF_UP);
        }

        /** Net promoter score, −100..100; null without NPS scores. */
        public Integer nps() {
            return npsN == 0 ? null : percent(npsPromoters - npsDetractors, npsN);
        }

        private static int percent(long part, long whole) {
            return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                    .intValueExact();
        }
    }

    /** The figures of some counts, as pages and the API show them; the figure fields are null for "no data". */
    public record Figures(Integer csatPercent, BigDecimal csatAverage, Integer nps, long csatResponses,
            long npsResponses) {

        public static Figures of(Counts counts) {
            return new Figures(counts.csatPercent(), counts.csatAverage(), counts.nps(), counts.csatN(),
                    counts.npsN());
        }

        public long responses() {
            return csatResponses + npsResponses;
        }

        public boolean hasData() {
            return responses() > 0;
        }
    }
}
