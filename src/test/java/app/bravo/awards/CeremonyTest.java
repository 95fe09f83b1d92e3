package app.bravo.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.awards.AwardFixtures.Voter;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.awards.voting.BallotService;
import app.bravo.people.Person;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The ceremony view and certificates over HTTP: who may see them in which phase, the slides in order with the
 * finalists' citations, the drum roll, the reveal with ties shown as ties, three languages, links that work
 * without the script, escaping, and a PDF certificate whose text holds the winner's name with its diacritics.
 */
@QuarkusTest
class CeremonyTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Inject
    AwardFixtures fixtures;

    @Inject
    BallotService ballots;

    /** A round with a clear winner (Đorđe) and a tie (Ann and Ben) that HR resolves as a shared award. */
    record VotedRound(long round, long colleague, long spirit, Voter djordje, Voter mia, Voter ann, Voter ben,
            String mark) {
    }

    private VotedRound votedRound() {
        String dept = AwardFixtures.unique("Dept");
        String mark = AwardFixtures.unique("").trim();
        Voter djordje = fixtures.person("Đorđe Stanković " + mark, AwardFixtures.unique("Team"), dept);
        Voter mia = fixtures.person("Mia " + SCRIPT + " " + mark, AwardFixtures.unique("Team"), dept);
        Voter ann = fixtures.person("Ann Šarić " + mark, AwardFixtures.unique("Team"), dept);
        Voter ben = fixtures.person("Ben Žagar " + mark, AwardFixtures.unique("Team"), dept);
        Voter voter = fixtures.person("Vera Voter " + mark, AwardFixtures.unique("Team"), dept);
        long programme = fixtures.programme(AwardFixtures.unique("Service Star"));
        long colleague = fixtures.category(programme, "Colleague of the quarter", VotingMethod.PLURALITY, 1, 1);
        long spirit = fixtures.category(programme, "Team spirit", VotingMethod.APPROVAL, 2, 1);
        long round = fixtures.round(programme, "Ceremony " + mark, Phase.VOTING);
        fixtures.finalists(round, colleague, key(djordje), key(mia));
        fixtures.finalists(round, spirit, key(ann), key(ben));
        citation(round, colleague, djordje, voter, "Called back every customer the same day, čak i subotom.");
        citation(round, colleague, mia, voter, "Wrote " + SCRIPT + " in the help page");
        ballots.cast(voter.id(), round, colleague, List.of(key(djordje)));
        ballots.cast(ann.id(), round, colleague, List.of(key(djordje)));
        ballots.cast(ben.id(), round, colleague, List.of(key(mia)));
        ballots.cast(ann.id(), round, spirit, List.of(key(ben)));
        ballots.cast(ben.id(), round, spirit, List.of(key(ann)));
        return new VotedRound(round, colleague, spirit, djordje, mia, ann, ben, mark);
    }

    private static String key(Voter voter) {
        return "person:" + voter.id();
    }

    /** A second citation of a finalist (the fixtures write one each). */
    private static void citation(long round, long category, Voter nominee, Voter nominator, String text) {
        QuarkusTransaction.requiringNew().run(() -> {
            Nomination nomination = Nomination.find("round.id = ?1 and category.id = ?2 and nomineeKey = ?3", round,
                    category, key(nominee)).firstResult();
            Citation citation = new Citation();
            citation.nomination = nomination;
            citation.nominator = Person.findById(nominator.id());
            citation.citation = text;
            citation.createdAt = Instant.now();
            citation.persist();
            nomination.citations++;
        });
    }

    private static void resolve(long round, long category, String resolution) {
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("resolution", resolution, "note", "decided"))
                .post("/api/awards/rounds/" + round + "/results/categories/" + category + "/resolution")
                .then().statusCode(200);
    }

    private static List<String> kinds(Document page) {
        return page.select("section.slide").stream()
                .map(s -> s.className().replace("slide ", "").replace("slide--", "")).toList();
    }

    @Test
    void theCeremonyStepsThroughFinalistsDrumRollAndRevealOnlyWhenTheReaderMaySeeTheResults() {
        VotedRound c = votedRound();
        String path = "/awards/ceremony/" + c.round();

        // While voting: nobody, as on the results page.
        WebSession.as(Role.EMPLOYEE).get(path).then().statusCode(409);
        WebSession.as(Role.HR).get(path).then().statusCode(409);
        WebSession.anonymous().get(path).then().statusCode(302);
        WebSession.as(Role.EMPLOYEE).get("/awards/ceremony/999999999").then().statusCode(404);

        // Closed: HR rehearses (the tie not yet resolved shows as such); employees wait.
        assertTrue(fixtures.move(c.round(), Phase.VOTING, Phase.CLOSED));
        WebSession.as(Role.EMPLOYEE).get(path).then().statusCode(409);
        Document rehearsal = WebSession.as(Role.HR).page(path + "?lang=en");
        assertNotNull(rehearsal.selectFirst(".ceremony__rehearsal"), "marked as a rehearsal");
        String unresolved = rehearsal.select("section.slide--reveal").get(1).text();
        assertTrue(unresolved.contains("not resolved yet") && unresolved.contains("Ann Šarić")
                && unresolved.contains("Ben Žagar"), unresolved);

        resolve(c.round(), c.spirit(), "SHARED");
        WebSession.as(Role.EMPLOYEE).get("/awards/certificates/" + c.round() + "/1.pdf").then().statusCode(409);
        assertTrue(fixtures.move(c.round(), Phase.CLOSED, Phase.ANNOUNCED));

        Response response = WebSession.as(Role.EMPLOYEE).get(path + "?lang=en");
        response.then().statusCode(200);
        String html = response.asString();
        Document page = Jsoup.parse(html);
        assertNull(page.selectFirst(".ceremony__rehearsal"));
        assertEquals(List.of("title", "finalist", "finalist", "drumroll", "reveal", "finalist", "finalist", "drumroll",
                "reveal", "thanks"), kinds(page));
        List<Element> slides = page.select("section.slide");
        assertTrue(slides.get(0).text().contains("Service Star"), slides.get(0).text());
        assertNotNull(slides.get(0).selectFirst("img.slide__emblem[src=/img/emblems/star.svg]"));

        String first = slides.get(1).text();
        assertTrue(first.contains("Colleague of the quarter") && first.contains("Đorđe Stanković " + c.mark())
                && first.contains("Because person:" + c.djordje().id() + " helps every customer")
                && first.contains("čak i subotom"), "every citation of the finalist: " + first);
        assertTrue(slides.get(2).text().contains("Mia " + SCRIPT), "the name as text: " + slides.get(2).text());
        assertTrue(slides.get(3).text().contains("And the award goes to"), slides.get(3).text());
        assertEquals("Đorđe Stanković " + c.mark(), slides.get(4).selectFirst(".slide__winners").text());
        String shared = slides.get(8).text();
        assertTrue(shared.contains("Shared award") && shared.contains("Ann Šarić") && shared.contains("Ben Žagar"),
                "a tie is shown as a tie: " + shared);
        assertTrue(slides.get(9).text().contains("Thank you"));

        // Escaped: the names and citations with markup are text, never elements or script.
        assertFalse(html.contains(SCRIPT), "no raw script from user text");
        assertTrue(html.contains("&lt;script&gt;"), "escaped");
        assertEquals(1, page.select("script").size());
        assertEquals("/js/ceremony.js", page.selectFirst("script").attr("src"), "no inline script");
    }

    @Test
    void withoutTheScriptEverySlideIsALinkAndTheLanguageIsKept() {
        VotedRound c = votedRound();
        assertTrue(fixtures.move(c.round(), Phase.VOTING, Phase.CLOSED));
        resolve(c.round(), c.spirit(), "SHARED");
        assertTrue(fixtures.move(c.round(), Phase.CLOSED, Phase.ANNOUNCED));
        String path = "/awards/ceremony/" + c.round();
        WebSession employee = WebSession.as(Role.EMPLOYEE);

        Document start = employee.page(path + "?lang=en");
        assertFalse(start.getElementById("slide-1").hasAttr("hidden"));
        assertTrue(start.getElementById("slide-2").hasAttr("hidden"));
        assertTrue(start.getElementById("ceremony-prev").hasAttr("hidden"));
        assertEquals(path + "?lang=en&slide=2", start.getElementById("ceremony-next").attr("href"));

        // Follow the next links from the first slide to the last, as a browser without script would.
        String href = start.getElementById("ceremony-next").attr("href");
        int steps = 0;
        Document last = start;
        while (!last.getElementById("ceremony-next").hasAttr("hidden")) {
            last = employee.page(href);
            href = last.getElementById("ceremony-next").attr("href");
            steps++;
        }
        assertEquals(9, steps);
        assertFalse(last.getElementById("slide-10").hasAttr("hidden"));
        assertEquals(1, last.select("section.slide:not([hidden])").size());
        assertEquals(path + "?lang=en&slide=9", last.getElementById("ceremony-prev").attr("href"));
        assertEquals("10 / 10", last.getElementById("ceremony-position").text());

        Document reveal = employee.page(path + "?lang=en&slide=5");
        assertEquals("5", reveal.selectFirst("section.slide:not([hidden])").attr("data-slide"));
        assertFalse(employee.page(path + "?slide=99").getElementById("slide-10").hasAttr("hidden"),
                "past the end shows the last slide");

        Document serbian = employee.page(path + "?lang=sr&slide=4");
        assertEquals("sr-Latn", serbian.selectFirst("html").attr("lang"));
        assertTrue(serbian.getElementById("slide-4").text().contains("A nagradu dobija"));
        assertTrue(serbian.getElementById("slide-9").text().contains("Zajednička nagrada"));
        assertEquals(path + "?lang=sr&slide=5", serbian.getElementById("ceremony-next").attr("href"));
        Document slovenian = employee.page(path + "?lang=sl&slide=4");
        assertEquals("sl", slovenian.selectFirst("html").attr("lang"));
        assertTrue(slovenian.getElementById("slide-4").text().contains("Nagrado prejme"));
        assertTrue(slovenian.getElementById("slide-10").text().contains("Hvala"));
        Document english = employee.page(path + "?lang=xx&slide=4");
        assertTrue(english.getElementById("slide-4").text().contains("And the award goes to"), "unknown: reader's");
        // Without ?lang= the reader's own language.
        Document readers = WebSession.login(c.mia().email(), AwardFixtures.PASSWORD).language("sl-SI")
                .page(path + "?slide=4");
        assertTrue(readers.getElementById("slide-4").text().contains("Nagrado prejme"), readers.text());
        assertEquals(path + "?lang=sl&slide=5", readers.getElementById("ceremony-next").attr("href"));
    }

    @Test
    void aRunOffTieIsShownAsATieAndNoSilentWinner() {
        String dept = AwardFixtures.unique("Dept");
        String mark = AwardFixtures.unique("").trim();
        Voter ann = fixtures.person("Ana Runoff " + mark, AwardFixtures.unique("Team"), dept);
        Voter ben = fixtures.person("Bojan Runoff " + mark, AwardFixtures.unique("Team"), dept);
        long programme = fixtures.programme(AwardFixtures.unique("Runoff Star"));
        long category = fixtures.category(programme, "Helper", VotingMethod.PLURALITY, 1, 1);
        long round = fixtures.round(programme, "Runoff " + mark, Phase.VOTING);
        fixtures.finalists(round, category, key(ann), key(ben));
        ballots.cast(ann.id(), round, category, List.of(key(ben)));
        ballots.cast(ben.id(), round, category, List.of(key(ann)));
        assertTrue(fixtures.move(round, Phase.VOTING, Phase.CLOSED));
        resolve(round, category, "RUNOFF");
        assertTrue(fixtures.move(round, Phase.CLOSED, Phase.ANNOUNCED));

        Document page = WebSession.as(Role.EMPLOYEE).page("/awards/ceremony/" + round + "?lang=en");
        Element reveal = page.selectFirst("section.slide--reveal");
        assertNull(reveal.selectFirst(".slide__winners"), "no single winner");
        String text = reveal.text();
        assertTrue(text.contains("A tie") && text.contains("run-off") && text.contains("Ana Runoff")
                && text.contains("Bojan Runoff"), text);
        assertTrue(WebSession.as(Role.EMPLOYEE).page("/awards/ceremony/" + round + "?lang=sl").selectFirst(
                "section.slide--reveal").text().contains("dodatni krog glasovanja"));
    }

    @Test
    void aWinnersCertificateIsAPdfWithTheirNameForEveryEmployee() throws IOException {
        VotedRound c = votedRound();
        assertTrue(fixtures.move(c.round(), Phase.VOTING, Phase.CLOSED));
        resolve(c.round(), c.spirit(), "SHARED");
        assertTrue(fixtures.move(c.round(), Phase.CLOSED, Phase.ANNOUNCED));

        // The results page links each winner's certificate; three winners (one clear, two sharing).
        Document results = WebSession.as(Role.EMPLOYEE).page("/awards/results/" + c.round());
        List<String> links = results.select("a.results__certificate").eachAttr("href");
        assertEquals(3, links.size(), links.toString());
        assertNotNull(results.selectFirst("a[href=/awards/ceremony/" + c.round() + "]"));
        String djordje = links.get(0);

        Response pdf = WebSession.as(Role.EMPLOYEE).get(djordje);
        pdf.then().statusCode(200);
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals("inline; filename=\"certificate-dorde-stankovic-" + c.mark().toLowerCase() + ".pdf\"",
                pdf.header("Content-Disposition"));
        byte[] bytes = pdf.asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        String text = text(bytes);
        assertTrue(text.contains("Đorđe Stanković " + c.mark()), text);
        assertTrue(text.contains("Colleague of the quarter") && text.contains("Certificate of recognition")
                && text.contains("Service Star") && text.contains("čak i subotom"), text);

        String serbian = text(WebSession.as(Role.EMPLOYEE).get(djordje + "?lang=sr").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(serbian.contains("Priznanje") && serbian.contains("Kategorija"), serbian);
        String shared = text(WebSession.as(Role.EMPLOYEE).get(links.get(1) + "?lang=sl").asByteArray());
        assertTrue(shared.contains("Team spirit") && shared.contains("Skupna nagrada"), shared);

        // The hall of fame links the same certificates.
        assertNotNull(WebSession.as(Role.EMPLOYEE).page("/awards/hall-of-fame").selectFirst(
                "a.hall__certificate[href=" + djordje + "]"));

        // No such winner, or another round's: 404.
        String winnerId = djordje.substring(djordje.lastIndexOf('/') + 1, djordje.length() - ".pdf".length());
        WebSession.as(Role.EMPLOYEE).get("/awards/certificates/" + c.round() + "/999999999.pdf").then()
                .statusCode(404);
        VotedRound other = votedRound();
        assertTrue(fixtures.move(other.round(), Phase.VOTING, Phase.CLOSED));
        resolve(other.round(), other.spirit(), "SHARED");
        assertTrue(fixtures.move(other.round(), Phase.CLOSED, Phase.ANNOUNCED));
        WebSession.as(Role.EMPLOYEE).get("/awards/certificates/" + other.round() + "/" + winnerId + ".pdf").then()
                .statusCode(404);
        WebSession.anonymous().get(djordje).then().statusCode(302);
    }

    @Test
    void theDemosAnnouncedRoundHasACeremonyAndACertificateForEachWinner() throws IOException {
        long announced = Api.as(Role.EMPLOYEE).get("/api/awards/rounds").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == '2026 Q3' && it.phase == 'ANNOUNCED' }.id");
        Document page = WebSession.as(Role.EMPLOYEE).page("/awards/ceremony/" + announced + "?lang=sl");
        List<String> kinds = kinds(page);
        assertEquals("title", kinds.get(0));
        assertEquals("thanks", kinds.get(kinds.size() - 1));
        assertEquals(3, kinds.stream().filter("reveal"::equals).count(), "one reveal per category: " + kinds);
        assertTrue(page.text().contains("Marija Ristić"), page.text());

        List<String> links = WebSession.as(Role.EMPLOYEE).page("/awards/results/" + announced)
                .select("a.results__certificate").eachAttr("href");
        assertFalse(links.isEmpty());
        for (String link : links) {
            byte[] pdf = WebSession.as(Role.EMPLOYEE).get(link + "?lang=sr").then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            assertTrue(text(pdf).contains("Kategorija"), link);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
