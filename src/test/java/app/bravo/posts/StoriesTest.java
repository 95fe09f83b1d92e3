package app.bravo.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.Posts;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Resolved-complaint stories, customer praise and inspiration: which wait for a moderator, what the board shows
 * of each (never an unconsented customer name, never a contact), escaping, rules that got in the way, word search,
 * and erasing a customer's data so that only the audit record keeps the name.
 */
@QuarkusTest
class StoriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    static List<Long> behaviourIds() {
        return Posts.behaviourIds();
    }

    static long personId(DemoUser user) {
        return Posts.personId(user);
    }

    static Map<String, Object> story(List<Long> recipients, String complaint, String newRule) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientIds", recipients);
        body.put("complaint", complaint);
        body.put("story", "We found the duplicate charge in the billing run and refunded it the same day.");
        body.put("outcome", "The customer got the money back within a day and stayed with us.");
        body.put("resolutionMinutes", 480);
        if (newRule != null) {
            body.put("newRule", newRule);
        }
        return body;
    }

    static Map<String, Object> praise(List<Long> recipients, String words, String name, Boolean consent,
            String contact) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientIds", recipients);
        body.put("words", words);
        body.put("channel", "EMAIL");
        body.put("receivedOn", LocalDate.now().minusDays(1).toString());
        if (name != null) {
            body.put("customerName", name);
        }
        if (consent != null) {
            body.put("consent", consent);
        }
        if (contact != null) {
            body.put("customerContact", contact);
        }
        return body;
    }

    static long post(RequestSpecification author, String path, Map<String, Object> body) {
        return author.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A moderator approves it (the moderation queue's own tests cover the queue). */
    static void approve(long postId) {
        Api.as(Role.MODERATOR).contentType(ContentType.JSON).post("/api/moderation/posts/" + postId + "/approve").then().statusCode(200);
    }

    @Test
    void storiesAndPraiseWaitForAModeratorAndOnlyTheirAuthorAndModeratorsSeeThem() {
        long marko = personId(DemoUser.COLLEAGUE);
        long id = post(Api.as(DemoUser.EMPLOYEE), "/api/complaint-stories",
                story(List.of(marko), "Charged twice for one order", null));
        assertEquals("PENDING", Api.as(DemoUser.EMPLOYEE).get("/api/complaint-stories/" + id).then().statusCode(200)
                .extract().jsonPath().getString("status"), "its author sees it, pending");
        assertEquals(404, Api.as(DemoUser.COLLEAGUE).get("/api/complaint-stories/" + id).statusCode(),
                "not another employee, not even the one it names");
        assertEquals(200, Api.as(Role.MODERATOR).get("/api/complaint-stories/" + id).statusCode());
        assertNull(WebSession.as(Role.HR).page("/").selectFirst("#post-" + id), "not on the board yet");

        approve(id);
        Element card = WebSession.as(DemoUser.COLLEAGUE).page("/").selectFirst("#post-" + id);
        assertNotNull(card, "approved: on the board");
        assertTrue(card.text().contains("Charged twice for one order"));
        assertTrue(card.selectFirst(".chip--time").text().contains("8"), "time to resolution as a chip");
        assertTrue(WebSession.as(Role.HR).page("/").selectFirst("#post-" + id + " .kind-badge").text()
                .equals("Resolved complaint"), "the badge's word");
        assertNotNull(card.selectFirst(".kind-badge--complaint_story"), "its kind's badge");

        // Its author changes it within the window: what the moderator approved is no longer what it says.
        Map<String, Object> changed = story(List.of(marko), "Charged twice for one order, and then a third time", null);
        assertEquals("PENDING", Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(changed)
                .put("/api/complaint-stories/" + id).then().statusCode(200).extract().jsonPath().getString("status"));
        assertNull(WebSession.as(Role.HR).page("/").selectFirst("#post-" + id), "back to the moderators");
        // A moderator's change keeps it where it is.
        approve(id);
        assertEquals(409, Api.as(Role.HR).contentType(ContentType.JSON).post("/api/moderation/posts/" + id + "/approve").statusCode(),
                "approved once");
        assertEquals("APPROVED", Api.as(Role.MODERATOR).contentType(ContentType.JSON).body(changed)
                .put("/api/complaint-stories/" + id).then().statusCode(200).extract().jsonPath().getString("status"));
    }

    @Test
    void aModeratorPublishesOnlyWhatTheyRead() {
        long ana = personId(DemoUser.EMPLOYEE);
        long id = post(Api.as(DemoUser.COLLEAGUE), "/api/praise", praise(List.of(ana), "Ana was kind and quick.", null,
                null, null));
        String seen = lastChange(id);
        Api.as(DemoUser.COLLEAGUE).contentType(ContentType.JSON)
                .body(praise(List.of(ana), "Something else entirely, swapped in later.", null, null, null))
                .put("/api/praise/" + id).then().statusCode(200);
        WebSession moderator = WebSession.as(Role.MODERATOR);
        moderator.submit("/moderation", "/moderation/posts/" + id + "/approve", Map.of("seen", seen)).then()
                .statusCode(303);
        assertEquals("PENDING", Api.as(Role.MODERATOR).get("/api/praise/" + id).then().extract().jsonPath()
                .getString("status"), "changed since the moderator read it: not published");
        assertEquals(409, Api.as(Role.MODERATOR).contentType(ContentType.JSON).queryParam("seen", seen)
                .post("/api/moderation/posts/" + id + "/approve").statusCode());
        moderator.submit("/moderation", "/moderation/posts/" + id + "/approve", Map.of("seen", lastChange(id)))
                .then().statusCode(303);
        assertEquals("APPROVED", Api.as(Role.MODERATOR).get("/api/praise/" + id).then().extract().jsonPath()
                .getString("status"), "read again, approved");
    }

    /** A post's last change as the queue page carries it in the approve form. */
    static String lastChange(long postId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Post.<Post> findById(postId).updatedAt.toString());
    }

    @Test
    void inspirationIsPublishedAtOnceAndTheKindFilterFindsIt() {
        long id = post(Api.as(DemoUser.COLLEAGUE), "/api/inspiration", Map.of("story",
                "The city library texts you the day before a book is due, and renews it if you answer yes.",
                "source", "City library", "lesson", "Remind customers before a deadline, not after it."));
        Document page = WebSession.as(Role.EMPLOYEE).page("/?kind=INSPIRATION");
        assertNotNull(page.selectFirst("#post-" + id));
        assertTrue(page.select(".post-card").stream().allMatch(c -> c.hasClass("post-card--inspiration")),
                "only inspiration");
        assertTrue(page.selectFirst("#post-" + id + " .post-card__lesson").text().contains("Remind customers"));
        assertTrue(WebSession.as(Role.EMPLOYEE).page("/?kind=RECOGNITION").select(".post-card--inspiration").isEmpty());
    }

    @Test
    void praiseWithoutConsentNeverShowsANameAndTheContactIsForModeratorsOnly() {
        long ana = personId(DemoUser.EMPLOYEE);
        Response refused = Api.as(DemoUser.COLLEAGUE).contentType(ContentType.JSON)
                .body(praise(List.of(ana), "Ana was wonderful, thank you!", "Mira Kovač", null, null))
                .post("/api/praise");
        assertEquals(400, refused.statusCode(), "a name without consent is refused, not stored");
        assertTrue(refused.asString().contains("customerName"));

        io.quarkus.mailer.MockMailbox mailbox = io.quarkus.arc.Arc.container()
                .instance(io.quarkus.mailer.MockMailbox.class).get();
        mailbox.clear();
        long anonymous = post(Api.as(DemoUser.COLLEAGUE), "/api/praise",
                praise(List.of(ana), "Ana was wonderful, thank you!", null, null, "mira@example.com"));
        long named = post(Api.as(DemoUser.COLLEAGUE), "/api/praise",
                praise(List.of(ana), "Thank you for the patience, really.", "Mira K.", true, "mira@example.com"));
        approve(anonymous);
        approve(named);
        List<io.quarkus.mailer.Mail> mails = mailbox.getMailsSentTo(DemoUser.EMPLOYEE.email);
        assertEquals(2, mails.size(), "Ana hears of each praise once it is approved");
        assertTrue(mails.stream().allMatch(m -> m.getSubject().equals("A customer praised you on Bravo")));
        assertTrue(mails.stream().noneMatch(m -> m.getText().contains("mira@example.com")), "never the contact");
        Document board = WebSession.as(Role.HR).page("/?kind=CUSTOMER_PRAISE");
        assertTrue(board.selectFirst("#post-" + anonymous + " .post-card__quote footer").text().startsWith("— a customer"));
        assertTrue(board.selectFirst("#post-" + named + " .post-card__quote footer").text().contains("Mira K."));
        assertFalse(board.html().contains("mira@example.com"), "the contact is never on the board");
        String feed = Api.as(Role.EMPLOYEE).get("/api/board?kind=CUSTOMER_PRAISE&size=100").asString();
        assertFalse(feed.contains("mira@example.com"));
        assertNull(Api.as(Role.EMPLOYEE).get("/api/praise/" + anonymous).then().statusCode(200).extract().jsonPath()
                .getString("customerContact"), "employees do not see the contact");
        assertEquals("mira@example.com", Api.as(Role.MODERATOR).get("/api/praise/" + anonymous).then().extract()
                .jsonPath().getString("customerContact"), "moderators do");

        assertEquals(403, Api.as(Role.EMPLOYEE).post("/api/praise/" + named + "/anonymise").statusCode());
        WebSession.as(Role.MODERATOR).submit("/praise/" + named + "/edit", "/posts/" + named + "/anonymise", Map.of())
                .then().statusCode(303);
        assertTrue(WebSession.as(Role.HR).page("/?kind=CUSTOMER_PRAISE").selectFirst("#post-" + named
                + " .post-card__quote footer").text().startsWith("— a customer"), "anonymised");
        assertNull(Api.as(Role.MODERATOR).get("/api/praise/" + named).then().extract().jsonPath()
                .getString("customerContact"));
    }

    @Test
    void theFormsKeepWhatWasTypedAndMarkTheField() {
        WebSession ana = WebSession.as(DemoUser.EMPLOYEE);
        Response response = ana.request().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", ana.csrfToken("/praise/new")).formParam("words", "Hvala vam, Đorđe, na strpljenju!")
                .formParam("channel", "PHONE").formParam("receivedOn", LocalDate.now().plusDays(3).toString())
                .formParam("customerName", "Mira").formParam("recipientIds", personId(DemoUser.COLLEAGUE))
                .post("/praise");
        assertEquals(400, response.statusCode());
        Document form = WebSession.html(response);
        assertNotNull(form.selectFirst("#e-receivedOn"), "a day in the future");
        assertEquals("Hvala vam, Đorđe, na strpljenju!", form.selectFirst("#f-words").text(), "kept");
        assertNotNull(form.selectFirst("#f-channel option[value=PHONE][selected]"));
        Response noConsent = ana.request().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", ana.csrfToken("/praise/new")).formParam("words", "Hvala vam, Đorđe!")
                .formParam("channel", "PHONE").formParam("receivedOn", LocalDate.now().minusDays(1).toString())
                .formParam("customerName", "Mira").formParam("recipientIds", personId(DemoUser.COLLEAGUE))
                .post("/praise");
        assertEquals(400, noConsent.statusCode());
        assertTrue(WebSession.html(noConsent).selectFirst("#e-customerName").text().contains("consent"),
                "a name without consent is refused");
        assertEquals("Mira", WebSession.html(noConsent).selectFirst("#f-customerName").val());

        Response story = ana.request().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", ana.csrfToken("/stories/new")).formParam("complaint", "short")
                .formParam("story", "What we did, long enough to count.").formParam("outcome", "")
                .formParam("resolution", "abc").post("/stories");
        Document storyForm = WebSession.html(story);
        assertEquals(400, story.statusCode());
        for (String field : List.of("complaint", "outcome", "resolutionMinutes")) {
            assertNotNull(storyForm.selectFirst("#e-" + field), field + " is marked");
        }
        Response nobody = ana.request().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", ana.csrfToken("/stories/new"))
                .formParam("complaint", "The parcel went to the wrong town twice.")
                .formParam("story", "Jelena called the courier, and drove the parcel over herself.")
                .formParam("outcome", "Delivered the same evening.").post("/stories");
        assertEquals(400, nobody.statusCode());
        assertNotNull(WebSession.html(nobody).selectFirst("#e-recipientIds"), "someone was involved");

        Response published = ana.request().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", ana.csrfToken("/stories/new"))
                .formParam("complaint", "The parcel went to the wrong town twice.")
                .formParam("story", "Jelena called the courier, and drove the parcel over herself.")
                .formParam("outcome", "Delivered the same evening.").formParam("resolution", "2")
                .formParam("resolutionUnit", "DAYS").formParam("recipientIds", personId(DemoUser.COLLEAGUE))
                .post("/stories");
        assertEquals(303, published.statusCode(), published.asString());
        assertEquals("/", java.net.URI.create(published.getHeader("Location")).getPath());
    }

    @Test
    void markupInEveryTextFieldIsShownAsText() {
        String evil = "<script>alert('x')</script> {inject:me.name}";
        long story = post(Api.as(DemoUser.EMPLOYEE), "/api/complaint-stories", Map.of("recipientIds",
                List.of(personId(DemoUser.COLLEAGUE)), "complaint", evil + " complaint", "story", evil + " what we did",
                "outcome", evil + " outcome", "customerQuote", evil + " quote", "newRule", evil + " rule " + UUID.randomUUID()));
        long idea = post(Api.as(DemoUser.EMPLOYEE), "/api/inspiration", Map.of("story", evil + " example text",
                "source", evil + " source", "lesson", evil + " lesson"));
        approve(story);
        Document board = WebSession.as(Role.HR).page("/");
        for (long id : List.of(story, idea)) {
            Element card = board.selectFirst("#post-" + id);
            assertTrue(card.select("script").isEmpty(), "no script element");
            assertTrue(card.text().contains("<script>alert('x')</script> {inject:me.name}"), card.text());
        }
        assertTrue(WebSession.as(Role.HR).page("/rules").text().contains(evil + " rule"), "the rule's name too");
    }

    @Test
    void aNamedRuleJoinsTheListOnceAndAModeratorMergesIt() {
        String name = "Refunds only after the monthly close " + UUID.randomUUID().toString().substring(0, 6);
        long marko = personId(DemoUser.COLLEAGUE);
        long first = post(Api.as(DemoUser.EMPLOYEE), "/api/complaint-stories", story(List.of(marko), "Refund took a month", name));
        long second = post(Api.as(DemoUser.EMPLOYEE), "/api/complaint-stories",
                story(List.of(marko), "Refund took weeks", "  " + name.toUpperCase(Locale.ROOT) + " "));
        long ruleId = Api.as(Role.MODERATOR).get("/api/complaint-stories/" + first).then().extract().jsonPath().getLong("ruleId");
        assertEquals(ruleId, Api.as(Role.MODERATOR).get("/api/complaint-stories/" + second).then().extract().jsonPath()
                .getLong("ruleId"), "another spelling of the same name is the same rule");

        WebSession hr = WebSession.as(Role.HR);
        hr.submit("/rules", "/rules", Map.of("name", "Refunds need a manager's signature " + UUID.randomUUID()))
                .then().statusCode(303);
        Document rules = hr.page("/rules");
        String target = rules.select("#into-" + ruleId + " option").stream()
                .filter(o -> o.text().startsWith("Refunds need a manager's signature")).findFirst().orElseThrow().val();
        assertEquals(403, WebSession.as(Role.EMPLOYEE).get("/rules").statusCode(), "not for employees");
        WebSession.as(Role.MODERATOR).submit("/rules", "/rules/" + ruleId + "/merge", Map.of("into", target)).then()
                .statusCode(303);
        assertEquals(Long.parseLong(target), Api.as(Role.MODERATOR).get("/api/complaint-stories/" + first).then()
                .extract().jsonPath().getLong("ruleId"), "its stories moved");
        long third = post(Api.as(DemoUser.EMPLOYEE), "/api/complaint-stories", story(List.of(marko), "Refund again", name));
        assertEquals(Long.parseLong(target), Api.as(Role.MODERATOR).get("/api/complaint-stories/" + third).then()
                .extract().jsonPath().getLong("ruleId"), "the merged name now leads to the rule it joined");
        assertTrue(hr.page("/audit").text().contains("Rule that got in the way changed"));
    }

    @Test
    void wordsFindPostsByTheBeginningsOfTheirWordsInAnySpelling() {
        String word = "zvrk" + UUID.randomUUID().toString().substring(0, 6);
        long id = post(Api.as(DemoUser.COLLEAGUE), "/api/inspiration", Map.of("story",
                "Ђорђе at the post office explained the " + word + " form twice, patiently.", "source", "Pošta Slovenije",
                "lesson", "Explain the form before the customer has to ask."));
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        assertNotNull(reader.page("/?q=" + word.substring(0, 7)).selectFirst("#post-" + id), "a word's beginning");
        assertNotNull(reader.page("/?q=djordje+" + word).selectFirst("#post-" + id), "Cyrillic, both words");
        assertNotNull(reader.page("/?q=posta").selectFirst("#post-" + id), "without the accents");
        assertNull(reader.page("/?q=" + word + "+nothingelse").selectFirst("#post-" + id), "every word must match");
        assertNull(reader.page("/?q=" + word.substring(2)).selectFirst("#post-" + id), "not the middle of a word");
        assertEquals(id, Api.as(Role.EMPLOYEE).get("/api/board?q=" + word).then().extract().jsonPath().getLong("items[0].id"));
    }

    @Test
    void erasingACustomerLeavesTheirNameOnlyInTheAuditRecord() throws Exception {
        String name = "Zorislava Quenby" + UUID.randomUUID().toString().substring(0, 4);
        String contact = "zq" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        long ana = personId(DemoUser.EMPLOYEE);
        long first = post(Api.as(DemoUser.COLLEAGUE), "/api/praise",
                praise(List.of(ana), "Thank you! Kind regards, " + name, name, true, contact));
        long second = post(Api.as(DemoUser.COLLEAGUE), "/api/praise",
                praise(List.of(ana), "Second thanks from the same customer.", null, null, contact));
        approve(first);
        // People write the name elsewhere too: a congratulation, a report, a complaint story.
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("body", "So glad " + name + " wrote to us!"))
                .post("/api/posts/" + first + "/comments").then().statusCode(201);
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("reason", "It names " + name + " in full."))
                .post("/api/posts/" + first + "/reports").then().statusCode(201);
        long story = post(Api.as(DemoUser.COLLEAGUE), "/api/complaint-stories", Map.of("recipientIds", List.of(ana),
                "complaint", "Billed twice, as " + name + " told us", "story",
                "We refunded the second charge the same day and called back.", "outcome", "Refunded."));
        // And a helpdesk passed the name on in a feedback comment (which must never hold it, but may).
        long team = Api.as(Role.HR).get("/api/teams").then().extract().jsonPath().getLong("find { it.name == 'Billing' }.id");
        long feedback = Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("scale", "CSAT", "score", 2,
                "teamId", team, "channel", "EMAIL", "comment", "Still wrong for " + name + ", " + contact))
                .post("/api/feedback").then().statusCode(201).extract().jsonPath().getLong("items[0].id");
        assertTrue(columnsHolding(name).size() > 1, "stored before");
        assertTrue(columnsHolding(name).contains("FEEDBACK_SCORE.COMMENT"));

        WebSession moderator = WebSession.as(Role.MODERATOR);
        Document found = moderator.page("/moderation/customer-data?customer=" + contact);
        assertEquals(2, found.select(".plain-list li").size(), "both of the customer's praises");
        assertEquals(403, WebSession.as(Role.EMPLOYEE).get("/moderation/customer-data?customer=" + contact).statusCode());
        moderator.submit("/moderation/customer-data?customer=" + contact, "/moderation/customer-data/erase",
                Map.of("customer", name)).then().statusCode(303);
        moderator.submit("/moderation/customer-data?customer=" + contact, "/moderation/customer-data/erase",
                Map.of("customer", contact)).then().statusCode(303);

        assertEquals(List.of("AUDIT_ENTRY.ARGS"), columnsHolding(name), "only the audit record keeps the name");
        assertEquals(0, Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("customer", name))
                .post("/api/moderation/customer-data/erase").then().statusCode(200).extract().jsonPath()
                .getInt("erased"), "nothing left to erase");
        assertEquals(403, Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("customer", name))
                .post("/api/moderation/customer-data/erase").statusCode());
        assertEquals(List.of("AUDIT_ENTRY.ARGS"), columnsHolding(contact));
        assertEquals(List.of("AUDIT_ENTRY.ARGS"), columnsHolding(name.substring(name.indexOf(' ') + 1)),
                "nor any word of it (the search text)");
        Element card = WebSession.as(Role.HR).page("/?kind=CUSTOMER_PRAISE").selectFirst("#post-" + first);
        assertNotNull(card, "the praise stays");
        assertTrue(card.text().contains("— a customer"));
        assertEquals("Second thanks from the same customer.", Api.as(Role.MODERATOR).get("/api/praise/" + second)
                .then().extract().jsonPath().getString("words"));
        assertEquals("Billed twice, as … told us", Api.as(Role.MODERATOR).get("/api/complaint-stories/" + story)
                .then().extract().jsonPath().getString("complaint"));
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("select comment, comment_erased_at from feedback_score where id = ?")) {
            statement.setLong(1, feedback);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertEquals("Still wrong for …, …", rs.getString(1), "the feedback comment keeps its other words");
                assertNotNull(rs.getObject(2), "and says when it was erased");
            }
        }
    }

    @Test
    void aBoardPageOfEveryKindRunsAFixedNumberOfStatements() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        post(Api.as(DemoUser.COLLEAGUE), "/api/recognitions", Map.of("recipientIds", List.of(star.id()),
                "behaviourIds", behaviourIds().subList(0, 1), "story", "One recognition, long enough here."));
        long one = SqlStatements.of(sessionFactory, () -> reader.get("/?person=" + star.id()).then().statusCode(200));
        List<Long> b = behaviourIds().subList(0, 2);
        for (int i = 0; i < 4; i++) {
            Map<String, Object> s = story(List.of(star.id()), "Complaint number " + i, "Rule " + i + " " + UUID.randomUUID());
            s.put("behaviourIds", b);
            approve(post(Api.as(DemoUser.COLLEAGUE), "/api/complaint-stories", s));
            approve(post(Api.as(DemoUser.COLLEAGUE), "/api/praise", praise(List.of(star.id()), "Thanks " + i + "!", null, null, null)));
        }
        long many = SqlStatements.of(sessionFactory, () -> reader.get("/?person=" + star.id()).then().statusCode(200));
        assertEquals(one, many, "no statement per card, kind, rule or person");
    }

    @Test
    void aProfileShowsWhatNamesThePersonAndWhatTheyPosted() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        long recognition = post(Api.as(DemoUser.COLLEAGUE), "/api/recognitions", Map.of("recipientIds",
                List.of(star.id()), "behaviourIds", behaviourIds().subList(0, 1), "story", "Thanks for the quick fix today!"));
        long praise = post(Api.as(DemoUser.COLLEAGUE), "/api/praise", praise(List.of(star.id()), "Wonderful help.", null, null, null));
        approve(praise);
        post(Api.as(DemoUser.COLLEAGUE), "/api/praise", praise(List.of(star.id()), "Still pending.", null, null, null));
        Api.as(Role.HR).put("/api/posts/" + recognition + "/applause").then().statusCode(200);
        Api.as(Role.MODERATOR).put("/api/posts/" + praise + "/applause").then().statusCode(200);
        long given = post(Api.basic(star.email(), star.password()), "/api/inspiration",
                Map.of("story", "The railway texts you when your train is late, before you reach the station.",
                        "source", "Railway", "lesson", "Tell customers about a delay before they find it."));

        WebSession reader = WebSession.as(Role.EMPLOYEE);
        assertNotNull(reader.page("/people/" + star.id()).selectFirst("[hx-get=/board/people/" + star.id() + "]"),
                "the profile loads its board part");
        Document part = reader.page("/board/people/" + star.id());
        List<String> stats = part.select(".stats li").eachText();
        assertEquals(List.of("1 recognition", "1 customer praise", "0 resolved complaints", "2 applause for these",
                "1 post shared"), stats, "approved only");
        assertEquals(2, part.select(".post-card").size());
        assertNotNull(reader.page("/?author=" + star.id()).selectFirst("#post-" + given), "what they posted");
        assertNull(reader.page("/?author=" + star.id()).selectFirst("#post-" + recognition));
        assertNotNull(reader.page("/board/teams/" + Api.as(Role.HR).get("/api/people/" + star.id()).then().extract()
                .jsonPath().getLong("teamId")).selectFirst("#post-" + recognition), "and the team's page");
        assertEquals(404, reader.get("/board/people/999999999").statusCode());
    }

    @Test
    void oddAddressesAndValuesAreAnsweredNotFailed() {
        long recognition = post(Api.as(DemoUser.COLLEAGUE), "/api/recognitions", Map.of("recipientIds",
                List.of(personId(DemoUser.EMPLOYEE)), "behaviourIds", behaviourIds().subList(0, 1), "story",
                "A recognition read through the wrong kind's address."));
        assertEquals(404, Api.as(Role.MODERATOR).get("/api/praise/" + recognition).statusCode(), "not a praise");
        assertEquals(404, Api.as(Role.MODERATOR).get("/api/complaint-stories/" + recognition).statusCode());
        assertEquals(404, WebSession.as(Role.MODERATOR).get("/stories/" + recognition + "/edit").statusCode());
        assertEquals(404, WebSession.as(Role.MODERATOR).get("/praise/abc/edit").statusCode());
        Map<String, Object> ancient = praise(List.of(personId(DemoUser.EMPLOYEE)), "Thanks!", null, null, null);
        ancient.put("receivedOn", "-999999-01-01");
        assertEquals(400, Api.as(DemoUser.COLLEAGUE).contentType(ContentType.JSON).body(ancient).post("/api/praise")
                .statusCode());
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        assertEquals(200, reader.get("/board/print?to=%2B999999999-12-31").statusCode());
        assertEquals(200, reader.get("/board/print?from=-5000-01-01").statusCode());
        assertTrue(reader.page("/?after=999999999").select(".post-card").isEmpty(), "no older posts than none");
    }

    /** Every text column of every table (as TABLE.COLUMN) that holds {@code text} in some row. */
    private List<String> columnsHolding(String text) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String q = meta.getIdentifierQuoteString();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    if (schema != null && (schema.equalsIgnoreCase("information_schema")
                            || schema.equalsIgnoreCase("pg_catalog"))) {
                        continue;
                    }
                    if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                        columns.add(new String[] { schema, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME") });
                    }
                }
            }
            for (String[] c : columns) {
                String table = (c[0] == null ? "" : q + c[0] + q + ".") + q + c[1] + q;
                try (PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from " + table + " where lower(" + q + c[2] + q + ") like ?")) {
                    statement.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            holding.add((c[1] + "." + c[2]).toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return holding;
    }
}
