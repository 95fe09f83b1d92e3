package app.bravo.quality.pulse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.audit.AuditEntry;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Service-quality targets: HR's alone, checked, audited, one per scope and metric, drawn on the chart. */
@QuarkusTest
class TargetsTest {

    static long audited(String action, long targetId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("action = ?1 and subject = ?2", action, "target:" + targetId));
    }

    static QualityTarget target(String scope, QualityTarget.Metric metric) {
        return QuarkusTransaction.requiringNew().call(() -> QualityTarget.find(scope, metric).orElse(null));
    }

    @Test
    void onlyHrSeesAndSetsTargets() {
        WebSession employee = WebSession.as(Role.EMPLOYEE);
        assertEquals(403, employee.get("/quality/targets").statusCode());
        String token = employee.csrfToken("/account");
        assertEquals(403, employee.postForm("/quality/targets",
                Map.of("scope", "org", "metric", "NPS", "goal", "10", "csrf-token", token)).statusCode());
        assertEquals(403, WebSession.as(Role.MODERATOR).get("/quality/targets").statusCode());
        assertEquals(403, Api.as(Role.EMPLOYEE).get("/api/quality/targets").statusCode());
        Document page = WebSession.as(Role.HR).page("/quality/targets");
        assertTrue(page.selectFirst("#targets").text().contains("the whole organisation"), "the demo's targets");
        assertEquals(200, Api.as(Role.HR).get("/api/quality/targets").statusCode());
    }

    @Test
    void hrSetsATeamsTargetReplacesItAndTheChartDrawsIt() {
        long team = Feedback.team("Pulse target");
        String scope = "team:" + team;
        WebSession hr = WebSession.as(Role.HR);
        Response set = hr.submit("/quality/targets", "/quality/targets",
                Map.of("scope", scope, "metric", "CSAT_PERCENT", "goal", "85"));
        assertEquals(303, set.statusCode(), set.asString());
        assertTrue(set.getHeader("Location").endsWith("/quality/targets"));
        QualityTarget target = target(scope, QualityTarget.Metric.CSAT_PERCENT);
        assertEquals(85, target.goal);
        assertEquals("hr@demo.bravo", target.setBy);
        assertEquals(1, audited("quality.target.set", target.id));

        assertEquals(303, hr.submit("/quality/targets", "/quality/targets",
                Map.of("scope", scope, "metric", "CSAT_PERCENT", "goal", "92")).statusCode());
        QualityTarget replaced = target(scope, QualityTarget.Metric.CSAT_PERCENT);
        assertEquals(target.id, replaced.id, "one target per scope and metric");
        assertEquals(92, replaced.goal);
        assertEquals(2, audited("quality.target.set", target.id));
        Document audit = hr.page("/audit");
        assertTrue(audit.text().contains("Service-quality target set"), "worded on the audit page");

        Element chart = WebSession.as(Role.EMPLOYEE).page("/teams/" + team).selectFirst("#pulse-team svg");
        assertNotNull(chart.selectFirst(".pulse-chart__target"), "the target line, at once");
        assertEquals(1, chart.select(".pulse-chart__target").size(), "CSAT's only");
        assertEquals(92, Api.as(Role.EMPLOYEE).get("/api/quality/pulse?scope=" + scope).then().statusCode(200)
                .extract().jsonPath().getInt("targets.csatPercent"));

        assertEquals(303, hr.submit("/quality/targets", "/quality/targets/" + target.id + "/delete", Map.of())
                .statusCode());
        assertEquals(null, target(scope, QualityTarget.Metric.CSAT_PERCENT));
        assertEquals(1, audited("quality.target.removed", target.id));
    }

    @Test
    void badInputIsTheFormAgainWithTheFieldMarked() {
        WebSession hr = WebSession.as(Role.HR);
        assertMarked(hr, Map.of("scope", "org", "metric", "CSAT_PERCENT", "goal", "101"), "goal", "0 to 100");
        assertMarked(hr, Map.of("scope", "org", "metric", "NPS", "goal", "-101"), "goal", "−100 to 100");
        assertMarked(hr, Map.of("scope", "org", "metric", "NPS", "goal", "lots"), "goal", "whole number");
        assertMarked(hr, Map.of("scope", "org", "metric", "NPS", "goal", ""), "goal", "");
        assertMarked(hr, Map.of("scope", "department:1", "metric", "NPS", "goal", "10"), "scope", "active team");
        assertMarked(hr, Map.of("scope", "team:999999999", "metric", "NPS", "goal", "10"), "scope", "active team");
        assertMarked(hr, Map.of("scope", "org", "metric", "SPEED", "goal", "10"), "metric", "CSAT % or NPS");
        long team = Feedback.team("Pulse NPS edge");
        assertEquals(303, hr.submit("/quality/targets", "/quality/targets",
                Map.of("scope", "team:" + team, "metric", "NPS", "goal", "-100")).statusCode(), "-100 is allowed");
    }

    @Test
    void theDatabaseKeepsOneTargetPerScopeAndMetricTheOrganisationsToo() {
        assertNotNull(target("org", QualityTarget.Metric.CSAT_PERCENT), "the demo's");
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> QualityTarget
                .getEntityManager().createNativeQuery("insert into quality_target (id, scope_key, metric, goal,"
                        + " set_by, set_at) values (999999, 'org', 'CSAT_PERCENT', 50, 'x', :at)")
                .setParameter("at", Instant.now()).executeUpdate()));
    }

    @Test
    void theDemoSetsTheOrganisationsFrontDesksAndBillingsTargets() {
        assertEquals(90, target("org", QualityTarget.Metric.CSAT_PERCENT).goal);
        assertEquals(40, target("org", QualityTarget.Metric.NPS).goal);
        String frontDesk = "team:" + teamId("Front Desk");
        String billing = "team:" + teamId("Billing");
        assertEquals(90, target(frontDesk, QualityTarget.Metric.CSAT_PERCENT).goal);
        assertEquals(40, target(frontDesk, QualityTarget.Metric.NPS).goal);
        assertEquals(90, target(billing, QualityTarget.Metric.CSAT_PERCENT).goal);
        assertEquals(null, target(billing, QualityTarget.Metric.NPS), "Billing has a CSAT goal only");
    }

    private static long teamId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> app.bravo.people.Team.findByName(name).orElseThrow().id);
    }

    private static void assertMarked(WebSession hr, Map<String, String> fields, String field, String message) {
        Response answer = hr.submit("/quality/targets", "/quality/targets", fields);
        assertEquals(400, answer.statusCode(), fields.toString());
        Document page = WebSession.html(answer);
        assertEquals("true", page.selectFirst("#f-" + field).attr("aria-invalid"), fields.toString());
        assertTrue(page.selectFirst("#e-" + field).text().contains(message), page.selectFirst("#e-" + field).text());
    }
}
