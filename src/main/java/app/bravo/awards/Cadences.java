package app.bravo.awards;

import java.time.LocalDate;

/** A cadence's step between periods and the title of a period ("2026-12", "2026 Q4", "2026"). */
final class Cadences {

    private Cadences() {
    }

    static LocalDate shift(LocalDate date, Cadence cadence) {
        return switch (cadence) {
            case MONTHLY -> date.plusMonths(1);
            case QUARTERLY -> date.plusMonths(3);
            case YEARLY -> date.plusYears(1);
            case ONE_OFF -> date;
        };
    }

    static String label(Cadence cadence, LocalDate start) {
        return switch (cadence) {
            case MONTHLY -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTERLY -> start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
            default -> Integer.toString(start.getYear());
        };
    }
}
