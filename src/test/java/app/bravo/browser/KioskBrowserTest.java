package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.Browser;
import app.bravo.support.DemoUser;
import app.bravo.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The office screen as a real browser shows it: a recognition published through the API appears on an open
 * kiosk without a reload within 2 s; and the print view as it prints (print media), A4 and A3.
 */
@QuarkusTest
class KioskBrowserTest {

    @TestHTTPResource("/")
    URL base;

    static String newKioskPath() {
        WebSession admin = WebSession.as(Role.ADMIN);
        String name = "Screen " + UUID.randomUUID().toString().substring(0, 6);
        String url = WebSession.html(admin.submit("/admin/kiosks", "/admin/kiosks", Map.of("name", name)))
                .selectFirst("#new-link").text();
        return url.substring(url.indexOf("/kiosk?"));
    }

    static long publish(String story) {
        long marko = Api.as(Role.HR).queryParam("q", DemoUser.COLLEAGUE.email).get("/api/people").then().extract()
                .jsonPath().getLong("items[0].id");
        List<Long> behaviours = Api.as(Role.EMPLOYEE).get("/api/behaviours").then().extract().jsonPath()
                .getList("id", Long.class);
        return Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("recipientIds", List.of(marko),
                "behaviourIds", behaviours.subList(0, 2), "story", story)).post("/api/recognitions").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anOpenKioskShowsANewRecognitionWithoutReloadWithin2s() {
        String kiosk = newKioskPath();
        String mark = "live-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base.toString(), "kiosk")) {
            browser.go(kiosk);
            browser.waitFor(d -> d.findElement(By.cssSelector(".kiosk-slide.is-current")));
            browser.waitFor(d -> d.findElement(By.cssSelector("#kiosk.kiosk--connected")));
            browser.script("window.bravoPageMarker = 'still here';");
            settled(browser);
            browser.screenshot("1-kiosk");

            long id = publish("Ana saw Marko turn a furious caller into a fan in five minutes flat. " + mark);
            Instant published = Instant.now();
            WebElement slide = new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                    .until(d -> d.findElement(By.cssSelector("#kiosk-post-" + id + ".is-current")));
            Duration took = Duration.between(published, Instant.now());
            assertTrue(took.compareTo(Duration.ofMillis(2000)) <= 0, "shown within 2 s, took " + took);
            assertTrue(slide.getText().contains(mark));
            assertTrue(slide.getText().contains("Marko Jovanović"));
            assertEquals("New", slide.findElement(By.cssSelector(".kiosk-new")).getText());
            assertEquals("still here", browser.script("return window.bravoPageMarker"), "no reload");
            assertEquals(1, browser.driver().findElements(By.cssSelector(".kiosk-slide.is-current")).size(),
                    "one highlight at a time");
            assertTrue(Integer.parseInt(browser.script("return getComputedStyle(document.querySelector("
                    + "'.kiosk-slide__who')).fontSize").toString().replace("px", "")) >= 48, "names readable from 3 m");
            settled(browser);
            browser.screenshot("2-kiosk-live");
        }
    }

    @Test
    void aModeratorApprovesPraiseAndAnOpenKioskShowsItWithin2sNamingNoCustomer() {
        String kiosk = newKioskPath();
        String mark = "praise-" + UUID.randomUUID().toString().substring(0, 8);
        long ana = Api.as(Role.HR).queryParam("q", DemoUser.EMPLOYEE.email).get("/api/people").then().extract()
                .jsonPath().getLong("items[0].id");
        long praise = Api.as(DemoUser.COLLEAGUE).contentType(ContentType.JSON).body(Map.of("recipientIds",
                List.of(ana), "words", "Ana sorted out my meter reading in one call. Thank you! " + mark,
                "channel", "PHONE", "receivedOn", java.time.LocalDate.now().minusDays(1).toString(),
                "customerContact", "secret-contact@example.com")).post("/api/praise").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        try (Browser browser = Browser.open(base.toString(), "kiosk-praise")) {
            browser.go(kiosk);
            browser.waitFor(d -> d.findElement(By.cssSelector("#kiosk.kiosk--connected")));
            browser.script("window.bravoPageMarker = 'still here';");
            assertTrue(browser.driver().findElements(By.cssSelector("#kiosk-post-" + praise)).isEmpty(),
                    "not shown while it waits for a moderator");

            // The moderator approves it from the queue page, as the queue's button posts it.
            WebSession.as(Role.MODERATOR).submit("/moderation", "/moderation/posts/" + praise + "/approve", Map.of())
                    .then().statusCode(303);
            Instant approved = Instant.now();
            WebElement slide = new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                    .until(d -> d.findElement(By.cssSelector("#kiosk-post-" + praise + ".is-current")));
            Duration took = Duration.between(approved, Instant.now());
            assertTrue(took.compareTo(Duration.ofMillis(2000)) <= 0, "shown within 2 s, took " + took);
            assertTrue(slide.getText().contains(mark));
            assertTrue(slide.getText().contains("a customer"), slide.getText());
            assertFalse(browser.driver().getPageSource().contains("secret-contact@example.com"));
            assertEquals("still here", browser.script("return window.bravoPageMarker"), "no reload");
            settled(browser);
            browser.screenshot("3-kiosk-approved-praise");
        }
    }

    /** Waits until the current slide has faded in, so the screenshot shows it as people see it. */
    static void settled(Browser browser) {
        browser.waitFor(d -> "1".equals(String.valueOf(browser.script(
                "return getComputedStyle(document.querySelector('.kiosk-slide.is-current')).opacity"))));
    }

    @Test
    void thePrintViewInPrintMedia() {
        try (Browser browser = Browser.open(base.toString(), "print")) {
            browser.login(DemoUser.EMPLOYEE.email, DemoUser.PASSWORD);
            browser.go("/board/print?period=quarter");
            assertTrue(browser.find(".print-options").isDisplayed(), "options on screen");
            browser.screenshot("1-print-screen");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertFalse(browser.find(".print-options").isDisplayed(), "no buttons in print");
            assertTrue(browser.driver().findElements(By.cssSelector(".print-card")).size() <= 9);
            browser.screenshot("2-print-a4");
            browser.go("/board/print?period=quarter&paper=a3");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertFalse(browser.find(".print-options").isDisplayed());
            browser.screenshot("3-print-a3");
        }
    }
}
