package app.bravo.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.awards.voting.Turnout;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.insights.InsightsQueries.AwardsReport;
import app.bravo.insights.InsightsQueries.Quiet;
import app.bravo.insights.InsightsQueries.RecognitionSpread;
import app.bravo.insights.InsightsQueries.RulesReport;
import app.bravo.security.Role;
import app.bravo.web.BarChart;
import app.bravo.web.CsvWriter;
import app.bravo.web.Forms;
import app.bravo.web.Slice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * HR insights pages, each table also as a CSV download ({@code .csv} beside the page, same {@code ?period=}).
 * HR and admins only; the figures come from {@link InsightsQueries}.
 */
@Path("/insights")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.HR_NAME, Role.ADMIN_NAME })
public class InsightsResource {

    /** The rows of a page of the not-recognised list. */
    public static final int QUIET_PAGE = 50;
    /** The most rows the not-recognised download holds. */
    public static final int QUIET_EXPORT = 20_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Period period, List<Period.Choice> choices, long quiet);

        static native TemplateInstance recognition(Period period, List<Period.Choice> choices,
                RecognitionSpread spread, BarChart departmentsChart, BarChart standardsChart);

        static native TemplateInstance quiet(Slice<Quiet> people, long count, String pageBase);

        static native TemplateInstance rules(Period period, List<Period.Choice> choices, RulesReport report,
                BarChart chart);

        static native TemplateInstance awards(Period period, List<Period.Choice> choices, AwardsReport report,
                List<BarChart> charts);
    }

    @Inject
    InsightsQueries queries;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @GET
    public TemplateInstance overview(@RestQuery String period) {
        Instant now = Instant.now();
        return Templates.overview(period(period, now), choices(now), queries.quietCount(now));
    }

    // ------------------------------------------------------------------ recognition spread

    @GET
    @Path("recognition")
    public TemplateInstance recognition(@RestQuery String period) {
        Instant now = Instant.now();
        Period chosen = period(period, now);
        RecognitionSpread spread = queries.spread(chosen, language());
        InsightsMessages m = messages();
        BarChart departments = BarChart.of(m.chart_departments(),
                spread.departments().stream().map(InsightsQueries.DepartmentRow::department).toList(),
                spread.departments().stream().map(InsightsQueries.DepartmentRow::received).toList(), "");
        BarChart standards = BarChart.of(m.chart_standards(),
                spread.standards().stream().map(InsightsQueries.StandardRow::name).toList(),
                spread.standards().stream().map(InsightsQueries.StandardRow::recognitions).toList(), "");
        return Templates.recognition(chosen, choices(now), spread, departments, standards);
    }

    @GET
    @Path("recognition/teams.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response teamsCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        InsightsMessages m = messages();
        CsvWriter csv = CsvWriter.withHeader(m.col_team(), m.col_department(), m.col_people(), m.col_received(),
                m.col_given());
        queries.spread(chosen, language()).teams()
                .forEach(t -> csv.row(t.team(), t.department(), t.people(), t.received(), t.given()));
        return csv.download(filename("recognition-teams", chosen));
    }

    @GET
    @Path("recognition/departments.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response departmentsCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        InsightsMessages m = messages();
        CsvWriter csv = CsvWriter.withHeader(m.col_department(), m.col_people(), m.col_received(), m.col_given());
        queries.spread(chosen, language()).departments()
                .forEach(d -> csv.row(d.department(), d.people(), d.received(), d.given()));
        return csv.download(filename("recognition-departments", chosen));
    }

    @GET
    @Path("recognition/standards.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response standardsCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        InsightsMessages m = messages();
        CsvWriter csv = CsvWriter.withHeader(m.col_standard(), m.col_recognitions());
        queries.spread(chosen, language()).standards().forEach(s -> csv.row(s.name(), s.recognitions()));
        return csv.download(filename("recognition-standards", chosen));
    }

    @GET
    @Path("recognition/service.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response serviceCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        InsightsMessages m = messages();
        InsightsQueries.ServiceShare share = queries.spread(chosen, language()).service();
        return CsvWriter.withHeader(m.col_service(), m.col_recognitions(), m.col_share())
                .row(m.service_internal(), share.internal(), share.internalPercent())
                .row(m.service_customers(), share.customers(), share.customersPercent())
                .download(filename("recognition-service", chosen));
    }

    // ------------------------------------------------------------------ not recognised lately

    @GET
    @Path("quiet")
    public TemplateInstance quiet(@RestQuery String after, @RestQuery String before) {
        Instant now = Instant.now();
        Slice<Quiet> people = queries.quiet(Forms.parseId(after), Forms.parseId(before), QUIET_PAGE, now);
        return Templates.quiet(people, queries.quietCount(now), "/insights/quiet?");
    }

    @GET
    @Path("quiet.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response quietCsv() {
        Instant now = Instant.now();
        InsightsMessages m = messages();
        CsvWriter csv = CsvWriter.withHeader(m.col_person(), m.col_team(), m.col_department());
        queries.quiet(null, null, QUIET_EXPORT, now).items()
                .forEach(q -> csv.row(q.fullName(), q.team(), q.department()));
        LocalDate today = LocalDate.ofInstant(now, config.timeZone());
        return csv.download("insights-not-recognised-" + today + ".csv");
    }

    // ------------------------------------------------------------------ rules that got in the way

    @GET
    @Path("rules")
    public TemplateInstance rules(@RestQuery String period) {
        Instant now = Instant.now();
        Period chosen = period(period, now);
        RulesReport report = queries.rules(chosen);
        BarChart chart = BarChart.of(messages().chart_rules(),
                report.rules().stream().map(InsightsQueries.RuleRow::rule).toList(),
                report.rules().stream().map(InsightsQueries.RuleRow::total).toList(), "");
        return Templates.rules(chosen, choices(now), report, chart);
    }

    @GET
    @Path("rules.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response rulesCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        RulesReport report = queries.rules(chosen);
        List<String> header = new ArrayList<>(List.of(messages().col_rule(), messages().col_total()));
        header.addAll(report.months());
        CsvWriter csv = CsvWriter.withHeader(header);
        for (InsightsQueries.RuleRow rule : report.rules()) {
            List<Object> row = new ArrayList<>(List.of(rule.rule(), rule.total()));
            row.addAll(rule.perMonth());
            csv.row(row);
        }
        return csv.download(filename("rules", chosen));
    }

    @GET
    @Path("rules/stories.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response storiesCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        InsightsMessages m = messages();
        CsvWriter csv = CsvWriter.withHeader(m.col_published(), m.col_rule(), m.col_complaint(), m.col_story());
        queries.rules(chosen).newest().forEach(s -> csv.row(s.day().toString(), s.rule(), s.complaint(),
                "/posts/" + s.postId()));
        return csv.download(filename("rules-stories", chosen));
    }

    // ------------------------------------------------------------------ award participation

    @GET
    @Path("awards")
    public TemplateInstance awards(@RestQuery String period) {
        Instant now = Instant.now();
        Period chosen = period(period, now);
        AwardsReport report = awardsReport(chosen);
        List<BarChart> charts = new ArrayList<>();
        // Bars for the newest round; the older ones as tables (and in the CSV).
        for (Turnout.View round : report.rounds().stream().limit(1).toList()) {
            for (Turnout.CategoryTurnout category : round.categories()) {
                charts.add(BarChart.of(messages().chart_turnout(round.title() + " · " + category.name()),
                        category.departments().stream().map(Turnout.DepartmentTurnout::department).toList(),
                        category.departments().stream()
                                .map(d -> InsightsQueries.percent(d.voted(), d.eligible())).toList(), " %"));
            }
        }
        return Templates.awards(chosen, choices(now), report, charts);
    }

    @GET
    @Path("awards/turnout.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response turnoutCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        InsightsMessages m = messages();
        CsvWriter csv = CsvWriter.withHeader(m.col_round(), m.col_category(), m.col_department(), m.col_eligible(),
                m.col_voted(), m.col_turnout());
        for (Turnout.View round : awardsReport(chosen).rounds()) {
            for (Turnout.CategoryTurnout category : round.categories()) {
                for (Turnout.DepartmentTurnout d : category.departments()) {
                    csv.row(round.title(), category.name(), d.department(), d.eligible(), d.voted(),
                            InsightsQueries.percent(d.voted(), d.eligible()));
                }
            }
        }
        return csv.download(filename("award-turnout", chosen));
    }

    @GET
    @Path("awards/nominations.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response nominationsCsv(@RestQuery String period) {
        Period chosen = period(period, Instant.now());
        InsightsMessages m = messages();
        CsvWriter csv = CsvWriter.withHeader(m.col_department(), m.col_people(), m.col_nominations(),
                m.col_nominators(), m.col_nominators_share(), m.col_headcount_share(), m.col_nomination_share());
        awardsReport(chosen).nominations().forEach(n -> csv.row(n.department(), n.people(), n.nominations(),
                n.nominators(), n.nominatorsPercent(), n.headcountShare(), n.nominationShare()));
        return csv.download(filename("award-nominations", chosen));
    }

    // ------------------------------------------------------------------ helpers

    private AwardsReport awardsReport(Period period) {
        return queries.awards(period, language(), messages().no_department());
    }

    private Period period(String text, Instant now) {
        return queries.period(text, now);
    }

    private List<Period.Choice> choices(Instant now) {
        return Period.choices(now, config.timeZone());
    }

    private static String filename(String table, Period period) {
        return "insights-" + table + "-" + period.firstDay() + "-" + period.lastDay() + ".csv";
    }

    private String language() {
        return currentLocale.getCode();
    }

    private InsightsMessages messages() {
        return currentLocale.messages(InsightsMessages.class);
    }
}
