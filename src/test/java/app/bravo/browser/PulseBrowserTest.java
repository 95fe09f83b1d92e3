package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.Browser;
import app.bravo.support.DemoUser;
import app.bravo.support.ServiceTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A helpdesk pushes customer feedback through the API with its service token; the board shows it in today's
 * pulse on the next page, and an open office screen updates its pulse without a reload.
 */
@QuarkusTest
class PulseBrowserTest {

    /** Today's figures: the first period of a pulse panel. */
    private static final String TODAY_COUNT = " .pulse__period:first-child .pulse__count";

    @TestHTTPResource("/")
    URL base;

    @Test
    void feedbackPushedThroughTheApiShowsInTheBoardsAndAnOpenKiosksPulse() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String token = ServiceTokens.issue("Helpdesk " + tag, "feedback:write");
        long team = Api.as(Role.HR).get("/api/teams").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Front Desk' }.id");
        String kiosk = KioskBrowserTest.newKioskPath();

        try (Browser browser = Browser.open(base.toString(), "pulse")) {
            browser.login(DemoUser.EMPLOYEE.email, DemoUser.PASSWORD);
            browser.go("/");
            long boardBefore = responses(browser.text("#pulse-board" + TODAY_COUNT));
            assertTrue(browser.find("#pulse-board svg").isDisplayed(), "the trend chart, drawn by the server");
            browser.screenshot("1-board-pulse");

            browser.go(kiosk);
            browser.waitFor(d -> d.findElement(By.cssSelector("#kiosk.kiosk--connected")));
            long kioskBefore = responses(browser.text("#pulse-kiosk" + TODAY_COUNT));
            assertEquals(boardBefore, kioskBefore, "the board and the screen show the same day");
            browser.script("window.bravoPageMarker = 'still here';");
            browser.screenshot("2-kiosk-pulse");

            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(Map.of("scale", "CSAT", "score", 5, "teamId", team, "channel", "CHAT",
                        "receivedAt", Instant.now().toString(), "externalId", "browser-" + tag + "-" + i));
            }
            Api.bearer(token).contentType(ContentType.JSON).body(batch).post("/api/feedback").then().statusCode(200);
            // Re-delivered: nothing changes.
            Api.bearer(token).contentType(ContentType.JSON).body(batch).post("/api/feedback").then().statusCode(200);

            // Read in one script: the kiosk swaps the whole panel in when it changes (an element found before
            // the swap would be stale when read).
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> responses(String.valueOf(
                    browser.script("return document.querySelector('#pulse-kiosk" + TODAY_COUNT + "').textContent")))
                    == kioskBefore + 5);
            assertEquals("still here", browser.script("return window.bravoPageMarker"), "no reload");
            browser.screenshot("3-kiosk-pulse-updated");

            browser.go("/");
            assertEquals(boardBefore + 5, responses(browser.text("#pulse-board" + TODAY_COUNT)),
                    "the five new scores, counted once");
            browser.screenshot("4-board-pulse-updated");
        }
    }

    /** "1,234 responses · 4.5 average" → 1234. */
    private static long responses(String text) {
        String count = text.split("·")[0].replaceAll("[^0-9]", "");
        assertTrue(!count.isEmpty(), "a response count in: " + text);
        return Long.parseLong(count);
    }
}
