package app.bravo.insights;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.i18n.CurrentLocale;
import app.bravo.insights.InsightsQueries.AwardsReport;
import app.bravo.insights.InsightsQueries.Quiet;
import app.bravo.insights.InsightsQueries.RecognitionSpread;
import app.bravo.insights.InsightsQueries.RulesReport;
import app.bravo.security.Role;
import app.bravo.web.Forms;
import app.bravo.web.Slice;

/** The HR insights for API clients (HR and admins): the same tables as the pages, as JSON. */
@Path("/api/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@RolesAllowed({ Role.HR_NAME, Role.ADMIN_NAME })
public class InsightsApi {

    private static final String PERIOD = "30d, 90d (the default) or 365d, or a quarter of the last eight: 2026-q3";

    /** A page of the not-recognised list: {@code next}/{@code previous} are cursors for ?after= and ?before=. */
    public record QuietPage(long total, java.util.List<Quiet> items, String next, String previous) {
    }

    @Inject
    CurrentLocale currentLocale;

    @Inject
    InsightsQueries queries;

    @GET
    @Path("recognition")
    @Operation(summary = "Recognition spread", description = "Published recognitions received and given per team and"
            + " department in the period (a team's recognition counts for the team), the service standards named"
            + " (never-named ones with 0) and service to colleagues vs customers.")
    public RecognitionSpread recognition(@Parameter(description = PERIOD) @RestQuery String period) {
        return queries.spread(queries.period(period, Instant.now()), currentLocale.getCode());
    }

    @GET
    @Path("quiet")
    @Operation(summary = "Not recognised in the last 90 days", description = "Active people named in no published"
            + " recognition in the last 90 days, in name order, 50 a page. A prompt to look closer, not a ranking.")
    public QuietPage quiet(@RestQuery String after, @RestQuery String before) {
        Instant now = Instant.now();
        Slice<Quiet> slice = queries.quiet(Forms.parseId(after), Forms.parseId(before), InsightsResource.QUIET_PAGE,
                now);
        return new QuietPage(queries.quietCount(now), slice.items(), slice.next(), slice.previous());
    }

    @GET
    @Path("rules")
    @Operation(summary = "Rules that got in the way", description = "Rules named in published resolved-complaint"
            + " stories, per month of the period (merged rules under their target), and the newest stories.")
    public RulesReport rules(@Parameter(description = PERIOD) @RestQuery String period) {
        return queries.rules(queries.period(period, Instant.now()));
    }

    @GET
    @Path("awards")
    @Operation(summary = "Award participation", description = "Turnout per department of each round voting or done"
            + " in the period, and nominations per department beside its headcount.")
    public AwardsReport awards(@Parameter(description = PERIOD) @RestQuery String period) {
        return queries.awards(queries.period(period, Instant.now()), currentLocale.getCode(),
                currentLocale.messages(InsightsMessages.class).no_department());
    }
}
