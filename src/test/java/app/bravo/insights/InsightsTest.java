package app.bravo.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import app.bravo.awards.AwardFixtures;
import app.bravo.awards.AwardFixtures.Voter;
import app.bravo.awards.Phase;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.behaviours.Behaviour;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.LocalizedText;
import app.bravo.posts.Post;
import app.bravo.posts.RuleService;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * HR insights against hand-computed fixtures: fresh departments, teams, people and standards of this test (the
 * demo data is there too, so only their rows are asserted), recognitions and stories moved in time by SQL.
 */
@QuarkusTest
class InsightsTest {

    @Inject
    AwardFixtures fixtures;

    @Inject
    RuleService rules;

    @Inject
    BravoConfig config;

    /** A unit with characters HTML, SVG and CSV must all escape, a comma, Serbian letters and a formula. */
    record Org(String deptA, String deptB, long deptAId, long deptBId, String teamA1Name, long teamA1, long teamA2,
            long teamB1, Voter a1x, Voter a1y, Voter a2x, Voter b1x, Voter quiet) {
    }

    private Org org() {
        String mark = AwardFixtures.unique("").trim();
        String deptA = "<i>Čačak & \"Šid\", '" + mark + "'";
        String deptB = "Odeljenje Žabalj " + mark;
        String teamA1 = "=SUM(1+1) Tim Đakovo, \"prvi\" <b>" + mark;
        Voter a1x = fixtures.person("Ana Insights " + mark, teamA1, deptA);
        Voter a1y = fixtures.person("Bojan Insights " + mark, teamA1, deptA);
        Voter a2x = fixtures.person("Cveta Insights " + mark, "Team A2 " + mark, deptA);
        Voter b1x = fixtures.person("Dragan Insights " + mark, "Team B1 " + mark, deptB);
        Voter quiet = fixtures.person("Ema Insights " + mark, "Team B1 " + mark, deptB);
        return new Org(deptA, deptB, a1x.departmentId(), b1x.departmentId(), teamA1, a1x.teamId(), a2x.teamId(),
                b1x.teamId(), a1x, a1y, a2x, b1x, quiet);
    }

    private static long standard(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Behaviour behaviour = new Behaviour();
            behaviour.name = new LocalizedText(name, null, null);
            behaviour.description = new LocalizedText("A standard of the insights test.", null, null);
            behaviour.persist();
            return behaviour.id;
        });
    }

    /** A recognition through the API, then moved {@code daysAgo} back in time. */
    private static long recognise(Voter author, List<Long> recipients, Long team, long standard, boolean internal,
            int daysAgo) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientIds", recipients);
        if (team != null) {
            body.put("teamId", team);
        }
        body.put("behaviourIds", List.of(standard));
        body.put("story", "Stayed late to sort out the customer's order, calmly and kindly.");
        body.put("internalService", internal);
        long id = Api.basic(author.email(), AwardFixtures.PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/recognitions").then().statusCode(201).extract().jsonPath().getLong("id");
        publishedDaysAgo(id, daysAgo);
        return id;
    }

    private static void publishedDaysAgo(long postId, int days) {
        Instant at = Instant.now().minus(days, ChronoUnit.DAYS);
        QuarkusTransaction.requiringNew().run(() -> Post.update("publishedAt = ?1 where id = ?2", at, postId));
    }

    private static JsonPath api(String path) {
        return Api.as(Role.HR).get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void recognitionSpreadPerTeamAndDepartmentOverAPeriodBoundary() {
        Org org = org();
        long s1 = standard(AwardFixtures.unique("Zz insights first"));
        long s2 = standard(AwardFixtures.unique("Zz insights second"));
        long never = standard(AwardFixtures.unique("Zz insights never"));
        JsonPath before = api("/api/insights/recognition?period=90d");

        recognise(org.a1x(), List.of(org.a2x().id()), null, s1, true, 10); // A1 gives, A2 receives
        recognise(org.b1x(), List.of(), org.teamA1(), s1, false, 10); // B1 gives, team A1 as a whole receives
        recognise(org.a2x(), List.of(org.a1x().id(), org.a1y().id()), null, s2, false, 10); // A1 once, A2 gives
        recognise(org.a1x(), List.of(org.b1x().id()), null, s2, false, 100); // outside 90 days, inside 365

        JsonPath days90 = api("/api/insights/recognition?period=90d");
        assertEquals(List.of(2, 1), teamCounts(days90, org.teamA1()), "A1: received r2 and r3 (once), gave r1");
        assertEquals(List.of(1, 1), teamCounts(days90, org.teamA2()));
        assertEquals(List.of(0, 1), teamCounts(days90, org.teamB1()));
        assertEquals(List.of(3, 2), departmentCounts(days90, org.deptAId()), "three posts reached department A");
        assertEquals(List.of(0, 1), departmentCounts(days90, org.deptBId()));
        assertEquals(2, days90.getInt("teams.find { it.teamId == " + org.teamA1() + " }.people"));

        JsonPath days365 = api("/api/insights/recognition?period=365d");
        assertEquals(List.of(2, 2), teamCounts(days365, org.teamA1()), "the older one counts in a year");
        assertEquals(List.of(1, 1), teamCounts(days365, org.teamB1()));
        assertEquals(List.of(3, 3), departmentCounts(days365, org.deptAId()));
        assertEquals(List.of(1, 1), departmentCounts(days365, org.deptBId()));

        List<Long> order = days90.getList("standards.behaviourId", Long.class);
        assertEquals(2, days90.getInt("standards.find { it.behaviourId == " + s1 + " }.recognitions"));
        assertEquals(1, days90.getInt("standards.find { it.behaviourId == " + s2 + " }.recognitions"));
        assertEquals(0, days90.getInt("standards.find { it.behaviourId == " + never + " }.recognitions"),
                "a standard never named is listed with none");
        assertTrue(order.indexOf(s1) < order.indexOf(s2) && order.indexOf(s2) < order.indexOf(never),
                "most recognised first, never named last: " + order);

        assertEquals(1, days90.getLong("service.internal") - before.getLong("service.internal"), "r1 was internal");
        assertEquals(2, days90.getLong("service.customers") - before.getLong("service.customers"));
    }

    private static List<Integer> teamCounts(JsonPath spread, long team) {
        return List.of(spread.getInt("teams.find { it.teamId == " + team + " }.received"),
                spread.getInt("teams.find { it.teamId == " + team + " }.given"));
    }

    private static List<Integer> departmentCounts(JsonPath spread, long department) {
        return List.of(spread.getInt("departments.find { it.departmentId == " + department + " }.received"),
                spread.getInt("departments.find { it.departmentId == " + department + " }.given"));
    }

    @Test
    void peopleNotRecognisedInNinetyDaysArePagedByName() {
        Org org = org();
        long s = standard(AwardFixtures.unique("Zz insights quiet"));
        recognise(org.b1x(), List.of(org.a2x().id()), null, s, false, 30);
        recognise(org.a2x(), List.of(org.b1x().id()), null, s, false, 95);

        List<Long> quiet = new ArrayList<>();
        String after = null;
        int pages = 0;
        long total = -1;
        do {
            JsonPath page = api("/api/insights/quiet" + (after == null ? "" : "?after=" + after));
            total = page.getLong("total");
            quiet.addAll(page.getList("items.personId", Long.class));
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 200);
        assertEquals(total, quiet.size(), "the pages hold the count, each person once");
        assertEquals(quiet.size(), quiet.stream().distinct().count());
        assertTrue(quiet.contains(org.quiet().id()), "never recognised");
        assertTrue(quiet.contains(org.b1x().id()), "recognised 95 days ago only");
        assertFalse(quiet.contains(org.a2x().id()), "recognised 30 days ago");

        Response page = WebSession.as(Role.HR).get("/insights/quiet");
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("not a ranking"), "the kind-use note");
    }

    @Test
    void aMergedRuleCountsUnderItsTargetPerMonth() {
        String mark = AwardFixtures.unique("").trim();
        long marko = app.bravo.support.Posts.personId(app.bravo.support.DemoUser.COLLEAGUE);
        long s1 = story(marko, "Refund only with the receipt " + mark);
        long s2 = story(marko, "Refund only with the receipt " + mark);
        long s3 = story(marko, "Manager must sign every refund " + mark);
        long merged = Api.as(Role.MODERATOR).get("/api/complaint-stories/" + s1).then().extract().jsonPath()
                .getLong("ruleId");
        long target = Api.as(Role.MODERATOR).get("/api/complaint-stories/" + s3).then().extract().jsonPath()
                .getLong("ruleId");
        rules.merge(merged, target);
        publishedDaysAgo(s1, 40); // another calendar month, whatever today is

        JsonPath report = api("/api/insights/rules?period=90d");
        assertEquals(3, report.getInt("rules.find { it.ruleId == " + target + " }.total"), "both names, one rule");
        assertNull(report.get("rules.find { it.ruleId == " + merged + " }"));
        List<String> months = report.getList("months", String.class);
        List<Integer> perMonth = report.getList("rules.find { it.ruleId == " + target + " }.perMonth", Integer.class);
        String then = YearMonth.from(LocalDate.ofInstant(Instant.now().minus(40, ChronoUnit.DAYS), config.timeZone()))
                .toString();
        assertEquals(1, perMonth.get(months.indexOf(then)), "s1 in its month");
        assertEquals(3, perMonth.stream().mapToInt(Integer::intValue).sum());
        List<Long> newest = report.getList("newest.postId", Long.class);
        assertTrue(newest.contains(s2) && newest.contains(s3), "newest stories linked: " + newest);
        assertTrue(WebSession.as(Role.HR).page("/insights/rules?period=90d").select("a[href=/posts/" + s3 + "]")
                .size() == 1, "the page links the story");
    }

    private static long story(long recipient, String rule) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientIds", List.of(recipient));
        body.put("complaint", "The refund took a month to arrive.");
        body.put("story", "We found the duplicate charge in the billing run and refunded it the same day.");
        body.put("outcome", "The customer got the money back within a day and stayed with us.");
        body.put("resolutionMinutes", 480);
        body.put("newRule", rule);
        long id = Api.as(app.bravo.support.DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(body)
                .post("/api/complaint-stories").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Role.MODERATOR).contentType(ContentType.JSON).post("/api/moderation/posts/" + id + "/approve").then()
                .statusCode(200);
        return id;
    }

    @Test
    void turnoutAndNominationsPerDepartment() {
        String mark = AwardFixtures.unique("").trim();
        String deptC = "Dept C " + mark;
        String deptD = "Dept D " + mark;
        Voter c1 = fixtures.person("C One " + mark, "Team C " + mark, deptC);
        Voter c2 = fixtures.person("C Two " + mark, "Team C " + mark, deptC);
        fixtures.person("C Three " + mark, "Team C " + mark, deptC);
        Voter d1 = fixtures.person("D One " + mark, "Team D " + mark, deptD);
        fixtures.person("D Two " + mark, "Team D " + mark, deptD);
        Voter finalist = fixtures.person("E Finalist " + mark, "Team E " + mark, "Dept E " + mark);

        long programme = fixtures.programme("Insights awards " + mark);
        long category = fixtures.category(programme, "Best service " + mark, VotingMethod.PLURALITY, 1, 1,
                c1.departmentId(), d1.departmentId());
        long voting = fixtures.round(programme, "Voting " + mark, Phase.VOTING);
        fixtures.finalists(voting, category, "person:" + finalist.id());
        for (Voter voter : List.of(c1, c2, d1)) {
            Api.basic(voter.email(), AwardFixtures.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("category", category, "choices", List.of("person:" + finalist.id())))
                    .post("/api/awards/rounds/" + voting + "/ballots").then().statusCode(201);
        }
        long nominating = fixtures.round(programme, "Nominating " + mark, Phase.NOMINATING);
        nominate(c1, nominating, category, finalist.id());
        nominate(c2, nominating, category, finalist.id());
        nominate(c1, nominating, category, d1.id());

        JsonPath report = api("/api/insights/awards?period=30d");
        String departments = "rounds.find { it.roundId == " + voting + " }.categories.find { it.id == " + category
                + " }.departments";
        assertEquals(3, report.getInt(departments + ".find { it.department == '" + deptC + "' }.eligible"));
        assertEquals(2, report.getInt(departments + ".find { it.department == '" + deptC + "' }.voted"));
        assertEquals(2, report.getInt(departments + ".find { it.department == '" + deptD + "' }.eligible"));
        assertEquals(1, report.getInt(departments + ".find { it.department == '" + deptD + "' }.voted"));
        assertEquals(2, report.getList(departments).size(), "only the chosen departments vote");
        assertNull(report.get("rounds.find { it.roundId == " + nominating + " }"), "not voting yet");

        String c = "nominations.find { it.departmentId == " + c1.departmentId() + " }";
        assertEquals(List.of(3, 3, 2, 67), List.of(report.getInt(c + ".people"), report.getInt(c + ".nominations"),
                report.getInt(c + ".nominators"), report.getInt(c + ".nominatorsPercent")));
        String d = "nominations.find { it.departmentId == " + d1.departmentId() + " }";
        assertEquals(List.of(2, 0), List.of(report.getInt(d + ".people"), report.getInt(d + ".nominations")));

        assertEquals(200, WebSession.as(Role.HR).get("/insights/awards?period=30d").statusCode());
    }

    private static void nominate(Voter nominator, long round, long category, long nominee) {
        Api.basic(nominator.email(), AwardFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("categoryId", category, "personId", nominee, "citation", "Always helps the customer."))
                .post("/api/awards/rounds/" + round + "/nominations").then().statusCode(201);
    }

    @Test
    void csvRoundTripKeepsLettersQuotesAndDisarmsFormulas() throws Exception {
        Org org = org();
        long s = standard(AwardFixtures.unique("Zz insights csv"));
        recognise(org.b1x(), List.of(org.a1x().id()), null, s, false, 5);

        Response response = WebSession.as(Role.HR).get("/insights/recognition/teams.csv?period=30d");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertTrue(response.header("Content-Disposition").matches("attachment; filename=\"insights-recognition-teams-"
                + "\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv\""), response.header("Content-Disposition"));
        byte[] bytes = response.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "BOM");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertEquals(List.of("Team", "Department", "People", "Received", "Given"), records.get(0).toList());
        CSVRecord row = records.stream().filter(r -> r.get(0).contains(org.teamA1Name().substring(1))).findFirst()
                .orElseThrow();
        assertEquals("'" + org.teamA1Name(), row.get(0), "a formula is disarmed, the rest as it was");
        assertEquals(org.deptA(), row.get(1), "č, š, quotes and commas survive");
        assertEquals(List.of("2", "1", "0"), List.of(row.get(2), row.get(3), row.get(4)));

        String serbian = new String(WebSession.as(Role.HR).language("sr").get("/insights/recognition/teams.csv")
                .asByteArray(), StandardCharsets.UTF_8);
        assertTrue(serbian.startsWith("\uFEFFTim,Sektor,Ljudi,Primljeno,Dato\r\n"), "the header in the UI language");
    }

    @Test
    void onlyHrAndAdminsSeeInsights() {
        List<String> pages = List.of("/insights", "/insights/recognition", "/insights/quiet", "/insights/rules",
                "/insights/awards", "/insights/recognition/teams.csv", "/insights/recognition/departments.csv",
                "/insights/recognition/standards.csv", "/insights/recognition/service.csv", "/insights/quiet.csv",
                "/insights/rules.csv", "/insights/rules/stories.csv", "/insights/awards/turnout.csv",
                "/insights/awards/nominations.csv");
        List<String> apis = List.of("/api/insights/recognition", "/api/insights/quiet", "/api/insights/rules",
                "/api/insights/awards");
        for (Role role : Role.values()) {
            int expected = role == Role.HR || role == Role.ADMIN ? 200 : 403;
            WebSession session = WebSession.as(role);
            for (String page : pages) {
                assertEquals(expected, session.get(page).statusCode(), role + " " + page);
            }
            for (String api : apis) {
                assertEquals(expected, Api.as(role).get(api).statusCode(), role + " " + api);
            }
        }
        assertEquals(400, Api.as(Role.HR).get("/api/insights/recognition?period=7d").statusCode(), "bounded periods");
        assertEquals(400, WebSession.as(Role.HR).get("/insights/rules?period=1999-q1").statusCode());
        assertTrue(WebSession.as(Role.HR).page("/").select("nav a[href=/insights]").size() == 1, "HR's nav link");
        assertTrue(WebSession.as(Role.EMPLOYEE).page("/").select("a[href=/insights]").isEmpty());
    }

    @Test
    void chartsAreWellFormedSvgWithEscapedNames() throws Exception {
        Org org = org();
        long s = standard(AwardFixtures.unique("Zz insights svg"));
        recognise(org.b1x(), List.of(), org.teamA1(), s, false, 3);

        String html = WebSession.as(Role.HR).get("/insights/recognition?period=30d").asString();
        int start = html.indexOf("<svg");
        String svg = html.substring(start, html.indexOf("</svg>", start) + "</svg>".length());
        assertFalse(svg.contains("<i>"), "names are escaped");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("<i>Čačak & \"Šid\"")), "the name as text: " + labels);
        assertEquals(0, doc.getElementsByTagName("script").getLength());
    }
}
