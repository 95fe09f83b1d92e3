package app.bravo.branding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.bravo.audit.AuditEntry;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The organisation's name, colour and logo: who may change them, what a logo may hold and how it is served, and
 * that the name reaches every page as text. Each test puts the defaults back.
 */
@QuarkusTest
class BrandingTest {

    static Response saveBranding(WebSession session, String name, String accent) {
        return session.submit("/", "/admin/branding", Map.of("name", name, "accent", accent));
    }

    static Response upload(WebSession session, String fileName, byte[] bytes, String declaredType) {
        return session.request().redirects().follow(false).multiPart("csrf-token", session.csrfToken("/"))
                .multiPart("logo", fileName, bytes, declaredType).post("/admin/branding/logo");
    }

    static long audited(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action", action));
    }

    @AfterEach
    void defaults() {
        WebSession admin = WebSession.as(Role.ADMIN);
        saveBranding(admin, Branding.DEFAULT_NAME, AccentColour.DEFAULT.hex()).then().statusCode(303);
        admin.submit("/", "/admin/branding/logo/remove", Map.of()).then().statusCode(303);
    }

    @ParameterizedTest
    @ValueSource(strings = { "EMPLOYEE", "HR", "MODERATOR" })
    void onlyAnAdminChangesBranding(Role role) {
        WebSession session = WebSession.as(role);
        assertEquals(403, session.get("/admin/branding").statusCode());
        assertEquals(403, saveBranding(session, "Hijacked", "#000000").statusCode());
        assertEquals(403, upload(session, "logo.png", Logos.png(), "image/png").statusCode());
        assertEquals(403, session.submit("/", "/admin/branding/logo/remove", Map.of()).statusCode());
        assertFalse(WebSession.as(Role.EMPLOYEE).page("/").selectFirst(".brand").text().contains("Hijacked"));
        assertNull(session.page("/").selectFirst("a[href=/admin/branding]"), "no menu entry either");

        WebSession admin = WebSession.as(Role.ADMIN);
        assertEquals(200, admin.get("/admin/branding").statusCode());
        assertNotNull(admin.page("/").selectFirst("a[href=/admin/branding]"));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        WebSession admin = WebSession.as(Role.ADMIN);
        assertEquals(400, admin.postForm("/admin/branding", Map.of("name", "No token", "accent", "#000000"))
                .statusCode());
        Response upload = admin.request().redirects().follow(false)
                .multiPart("logo", "logo.png", Logos.png(), "image/png").post("/admin/branding/logo");
        assertEquals(400, upload.statusCode());
        assertEquals(404, RestAssured.get("/branding/logo").statusCode(), "no logo was stored");
    }

    @Test
    void aPngLogoIsServedAsPngWithNosniffAndCachedByVersion() {
        WebSession admin = WebSession.as(Role.ADMIN);
        long before = audited("branding.logo_set");
        byte[] png = Logos.png();
        // The name and the declared type lie; the bytes decide.
        Response uploaded = upload(admin, "logo.svg", png, "application/octet-stream");
        assertEquals(303, uploaded.statusCode(), uploaded.asString());
        assertEquals(before + 1, audited("branding.logo_set"));

        Element logo = WebSession.as(Role.EMPLOYEE).page("/").selectFirst("header .brand img.brand__logo");
        assertNotNull(logo, "the logo is in the header");
        String src = logo.attr("src");
        assertTrue(src.startsWith("/branding/logo?v="), src);

        Response served = RestAssured.given().redirects().follow(false).get(src); // public, like the login page
        served.then().statusCode(200).contentType(equalTo("image/png"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Content-Security-Policy", containsString("sandbox"));
        assertArrayEquals(png, served.asByteArray());
        String etag = served.getHeader("ETag");
        assertNotNull(etag);
        assertEquals(304, RestAssured.given().header("If-None-Match", etag).get(src).statusCode());
        RestAssured.get("/branding/logo?v=0").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));

        long removed = audited("branding.logo_removed");
        admin.submit("/", "/admin/branding/logo/remove", Map.of()).then().statusCode(303);
        assertEquals(removed + 1, audited("branding.logo_removed"));
        assertEquals(404, RestAssured.get("/branding/logo").statusCode());
        assertNull(WebSession.as(Role.EMPLOYEE).page("/").selectFirst("img.brand__logo"));
    }

    static Stream<Arguments> unsafeSvgs() {
        return Logos.UNSAFE_SVGS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeSvgs")
    void anUnsafeSvgIsRefusedWithTheFieldMarked(String what, String svg) {
        Response response = upload(WebSession.as(Role.ADMIN), "logo.svg", Logos.bytes(svg), "image/svg+xml");
        assertEquals(400, response.statusCode(), what);
        Document page = WebSession.html(response);
        assertNotNull(page.selectFirst(".field--error #f-logo[aria-invalid=true]"), what);
        assertTrue(page.selectFirst("#e-logo").text().contains("SVG"), page.selectFirst("#e-logo").text());
        assertEquals(404, RestAssured.get("/branding/logo").statusCode(), what + ": nothing stored");
    }

    @Test
    void anOversizeOrUnknownFileIsRefused() {
        WebSession admin = WebSession.as(Role.ADMIN);
        byte[] large = java.util.Arrays.copyOf(Logos.png(), LogoCheck.MAX_BYTES + 1);
        Response tooLarge = upload(admin, "logo.png", large, "image/png");
        assertEquals(400, tooLarge.statusCode());
        assertTrue(WebSession.html(tooLarge).selectFirst("#e-logo").text().contains("100 KB"));
        Response html = upload(admin, "logo.png", Logos.bytes("<html><body>hi</body></html>"), "image/png");
        assertEquals(400, html.statusCode());
        assertNotNull(WebSession.html(html).selectFirst("#e-logo"));
        assertEquals(404, RestAssured.get("/branding/logo").statusCode());
    }

    @Test
    void aCleanSvgIsServedAsSvgInsideASandbox() {
        WebSession admin = WebSession.as(Role.ADMIN);
        assertEquals(303, upload(admin, "logo.svg", Logos.bytes(Logos.CLEAN_SVG), "image/svg+xml").statusCode());
        String src = admin.page("/admin/branding").selectFirst("header img.brand__logo").attr("src");
        Response served = RestAssured.get(src);
        served.then().statusCode(200).contentType(equalTo("image/svg+xml"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(
                        "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"));
        assertEquals(Logos.CLEAN_SVG, served.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert('name')</script>", "{inject:me.name} & Co", "Pošta {msg:nav_board}" })
    void theNameIsShownInTheLayoutAsText(String name) {
        long before = audited("branding.updated");
        assertEquals(303, saveBranding(WebSession.as(Role.ADMIN), name, "#0f766e").statusCode());
        assertEquals(before + 1, audited("branding.updated"));
        Response board = WebSession.as(Role.EMPLOYEE).get("/");
        Document page = WebSession.html(board);
        assertEquals(name, page.selectFirst("header .brand").text());
        assertTrue(page.title().endsWith("· " + name), page.title());
        assertTrue(page.select("header script, body script:not([src])").isEmpty());
        assertFalse(board.asString().contains("<script>alert"), "escaped");
        assertEquals(name, WebSession.html(RestAssured.given().redirects().follow(false).get("/login"))
                .selectFirst("header .brand").text(), "the login page shows it too");
    }

    @Test
    void theAccentReachesThemeCssAndUnreadableColoursAreRefused() {
        WebSession admin = WebSession.as(Role.ADMIN);
        assertEquals(303, saveBranding(admin, "Pošta Srbije", "#0F766E").statusCode());
        String theme = WebSession.as(Role.EMPLOYEE).page("/").selectFirst("link[href^=/branding/theme.css]")
                .attr("href");
        Response css = RestAssured.get(theme);
        css.then().statusCode(200).contentType(containsString("text/css"))
                .header("Cache-Control", containsString("immutable"));
        assertTrue(css.asString().contains("--accent: #0f766e;"), css.asString());

        for (String bad : new String[] { "#ffff00", "#ff0000", "red", "#12345", "#0f766e; } body { display:none" }) {
            Response refused = saveBranding(admin, "Other name", bad);
            assertEquals(400, refused.statusCode(), bad);
            Document form = WebSession.html(refused);
            assertNotNull(form.selectFirst(".field--error #f-accent"), bad);
            assertEquals(bad, form.selectFirst("#f-accent").attr("value"), "what was typed stays");
        }
        assertTrue(WebSession.html(saveBranding(admin, "Other", "#ffff00")).selectFirst("#e-accent").text()
                .contains("4.5"), "says why");
        assertTrue(RestAssured.get("/branding/theme.css").asString().contains("--accent: #0f766e;"), "unchanged");
        assertTrue(WebSession.as(Role.EMPLOYEE).page("/").selectFirst(".brand").text().contains("Pošta Srbije"));
        assertTrue(WebSession.as(Role.ADMIN).page("/audit").text().contains("Branding changed"), "worded in the log");
    }

    @ParameterizedTest
    @ValueSource(strings = { "EMPLOYEE", "HR", "MODERATOR" })
    void theApiLetsOnlyAnAdminChangeBrandingToo(Role role) {
        Api.as(role).contentType(ContentType.JSON).body(Map.of("name", "Hijacked", "accent", "#000000"))
                .put("/api/branding").then().statusCode(403);
        Api.as(role).contentType("image/png").body(Logos.png()).put("/api/branding/logo").then().statusCode(403);
        Api.as(role).delete("/api/branding/logo").then().statusCode(403);
        Api.as(role).get("/api/branding").then().statusCode(200).body("name", equalTo("Bravo"))
                .body("logoUrl", equalTo(null));
    }

    @Test
    void anAdminBrandsThroughTheApiUnderTheSameRules() {
        Api.as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "API Org", "accent", "#ffff00"))
                .put("/api/branding").then().statusCode(400).contentType("application/problem+json")
                .body("errors.accent", containsString("4.5"));
        Api.as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "API Org", "accent", "#0f766e"))
                .put("/api/branding").then().statusCode(200).body("name", equalTo("API Org"))
                .body("accent", equalTo("#0f766e"));
        Api.as(Role.ADMIN).contentType("image/svg+xml").body(Logos.bytes(Logos.UNSAFE_SVGS.get("onload")))
                .put("/api/branding/logo").then().statusCode(400).body("errors.logo", containsString("SVG"));
        String logoUrl = Api.as(Role.ADMIN).contentType("application/octet-stream").body(Logos.png())
                .put("/api/branding/logo").then().statusCode(200).extract().path("logoUrl");
        RestAssured.get(logoUrl).then().statusCode(200).contentType(equalTo("image/png"));
        Api.as(Role.ADMIN).delete("/api/branding/logo").then().statusCode(200).body("logoUrl", equalTo(null));
        assertEquals("API Org", WebSession.as(Role.EMPLOYEE).page("/").selectFirst(".brand").text());
    }

    @Test
    void withNothingSetTheDefaultsShow() {
        Document page = WebSession.as(Role.EMPLOYEE).page("/");
        assertEquals("Bravo", page.selectFirst("header .brand").text());
        assertNull(page.selectFirst("img.brand__logo"));
        assertTrue(RestAssured.get("/branding/theme.css").asString().contains("--accent: #1d4ed8;"));
    }
}
