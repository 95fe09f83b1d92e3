package app.bravo.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.RelativeTimes;
import app.bravo.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * The board for the physical notice board: the period's best highlights on one A4 (or A3) sheet, in a print
 * layout of its own. The period is the last 7 days unless the reader picks another or gives dates.
 */
@Path("/board/print")
@Produces(MediaType.TEXT_HTML)
public class PrintResource {

    /** Most highlights on a sheet: nine fill a two-column A4 page. */
    static final int MAX_CARDS = 9;

    public enum Paper {
        A4, A3;

        static Paper parse(String text) {
            return "a3".equalsIgnoreCase(text == null ? "" : text.trim()) ? A3 : A4;
        }
    }

    /** What the sheet covers, as the options form shows it again. */
    @TemplateData
    public record Sheet(String period, String from, String to, String paper, String fromText, String toText) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance print(List<BoardQuery.Card> cards, Sheet sheet, List<String> periods,
                List<String> papers);
    }

    @Inject
    BravoConfig config;

    @Inject
    CurrentLocale currentLocale;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance print(@RestQuery String period, @RestQuery String from, @RestQuery String to,
            @RestQuery String paper) {
        ZoneId zone = config.timeZone();
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        BoardQuery.Period chosen = period == null || period.isBlank() ? BoardQuery.Period.WEEK
                : BoardQuery.Period.parse(period);
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        boolean byDates = fromDay != null || toDay != null;
        Instant since;
        Instant until;
        if (byDates) {
            // Whole days in the organisation's time zone, both ends included; one end alone means a week.
            LocalDate last = toDay != null ? toDay : fromDay.plusDays(6);
            LocalDate first = fromDay != null && !fromDay.isAfter(last) ? fromDay : last.minusDays(6);
            fromDay = first;
            toDay = last;
            since = first.atStartOfDay(zone).toInstant();
            until = last.plusDays(1).atStartOfDay(zone).toInstant();
        } else {
            since = chosen.length == null ? Instant.EPOCH : now.minus(chosen.length);
            until = now.plusSeconds(1);
            fromDay = chosen.length == null ? null : LocalDate.ofInstant(since, zone);
            toDay = today;
        }
        String language = currentLocale.getCode();
        Sheet sheet = new Sheet(chosen.name(), byDates ? fromDay.toString() : "", byDates ? toDay.toString() : "",
                Paper.parse(paper).name().toLowerCase(), fromDay == null ? "" : RelativeTimes.day(fromDay, language),
                RelativeTimes.day(toDay, language));
        return Templates.print(Highlights.forPrint(since, until, MAX_CARDS, now), sheet,
                Arrays.stream(BoardQuery.Period.values()).map(Enum::name).toList(),
                Arrays.stream(Paper.values()).map(p -> p.name().toLowerCase()).toList());
    }

    /** A day as a date field sends it; missing, not a date or outside 2000 to 2100 counts as not given. */
    private static LocalDate day(String text) {
        try {
            LocalDate day = text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
            return day == null || day.getYear() < 2000 || day.getYear() > 2100 ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
