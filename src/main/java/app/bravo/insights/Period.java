package app.bravo.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.bravo.i18n.Text;
import app.bravo.web.BadInputException;

/**
 * The stretch of time an insights page counts, from {@code from} (inclusive) to {@code to} (exclusive): the last
 * 30, 90 or 365 days, or one of the last {@link #QUARTERS} calendar quarters in the organisation's zone. Nothing
 * else, so every query reads a bounded range.
 */
public record Period(String key, Instant from, Instant to, LocalDate firstDay, LocalDate lastDay) {

    public static final String DEFAULT = "90d";
    public static final int QUARTERS = 8;
    static final List<Integer> DAYS = List.of(30, 90, 365);
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-q([1-4])");

    /** A choice of the period menu. */
    public record Choice(String key, int days, String quarter) {
    }

    /** The period a query string names; blank is the default, anything unknown is refused. */
    public static Period parse(String text, Instant now, ZoneId zone) {
        String key = text == null || text.isBlank() ? DEFAULT : text.strip().toLowerCase(Locale.ROOT);
        for (int days : DAYS) {
            if (key.equals(days + "d")) {
                Instant from = now.minus(days, ChronoUnit.DAYS);
                return new Period(key, from, now, LocalDate.ofInstant(from, zone), LocalDate.ofInstant(now, zone));
            }
        }
        Matcher quarter = QUARTER.matcher(key);
        if (quarter.matches() && choices(now, zone).stream().anyMatch(c -> c.key().equals(key))) {
            LocalDate first = LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
            LocalDate next = first.plusMonths(3);
            return new Period(key, first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant(), first,
                    next.minusDays(1));
        }
        throw new BadInputException("period", Text.of(InsightsMessages.class, InsightsMessages::error_period));
    }

    /** The menu: the day ranges, then the current quarter and the ones before it, newest first. */
    public static List<Choice> choices(Instant now, ZoneId zone) {
        List<Choice> choices = new ArrayList<>();
        DAYS.forEach(days -> choices.add(new Choice(days + "d", days, null)));
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        for (int i = 0; i < QUARTERS; i++) {
            LocalDate start = quarterStart.minusMonths(3L * i);
            int q = (start.getMonthValue() - 1) / 3 + 1;
            choices.add(new Choice(start.getYear() + "-q" + q, 0, start.getYear() + " Q" + q));
        }
        return choices;
    }

    /**
     * The calendar months the period touches in the organisation's zone, each cut to the period: at most 13
     * for 365 days.
     */
    public List<Month> months(ZoneId zone) {
        List<Month> months = new ArrayList<>();
        YearMonth month = YearMonth.from(firstDay);
        while (true) {
            Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
            if (!start.isBefore(to)) {
                break;
            }
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            months.add(new Month(month.toString(), start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
            month = month.plusMonths(1);
        }
        return months;
    }

    /** A month ("2026-10") of a period, from (inclusive) to (exclusive). */
    public record Month(String label, Instant from, Instant to) {
    }
}
