package app.bravo.quality.pulse;

import java.time.LocalDate;
import java.util.List;

import app.bravo.quality.pulse.PulseScore.Counts;
import app.bravo.quality.pulse.PulseScore.Figures;
import io.quarkus.qute.TemplateData;

/**
 * A scope's pulse as of one organisation day: every day of the series (days without scores included, as
 * "no data"), today, this ISO week (Monday to today) and the scope's targets.
 */
@TemplateData
public record Pulse(String scope, LocalDate from, LocalDate today, List<Day> days, Figures todayFigures,
        Figures week, LocalDate weekStart, Targets targets) {

    /** One day of the series. */
    @TemplateData
    public record Day(LocalDate day, Counts counts) {

        public Integer csatPercent() {
            return counts.csatPercent();
        }

        public Integer nps() {
            return counts.nps();
        }
    }

    /** The goals that apply; null where none is set. */
    @TemplateData
    public record Targets(Integer csatPercent, Integer nps) {

        public static final Targets NONE = new Targets(null, null);

        public boolean any() {
            return csatPercent != null || nps != null;
        }

        /** Whether these figures meet every goal set (a goal without data is not met). */
        public boolean metBy(Figures figures) {
            return any() && (csatPercent == null || figures.csatPercent() != null && figures.csatPercent() >= csatPercent)
                    && (nps == null || figures.nps() != null && figures.nps() >= nps);
        }
    }

    /** Whether any day of the series has a score. */
    public boolean hasData() {
        return days.stream().anyMatch(d -> !d.counts().isEmpty());
    }
}
