package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import app.bravo.posts.Post;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import app.bravo.support.Browser;
import app.bravo.support.DemoUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * In a real browser: the accent colour reaches the buttons through theme.css (no inline style), the purpose
 * statement hides for the rest of the session when dismissed but comes back in a new session, and a moderator
 * pins and unpins a card with its small form.
 */
@QuarkusTest
class BrandingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void defaults() {
        Api.as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Bravo", "accent", "#1d4ed8"))
                .put("/api/branding").then().statusCode(200);
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("en", "")).put("/api/branding/purpose").then()
                .statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Post.update("pinnedUntil = null where pinnedUntil is not null"));
    }

    @Test
    void aModeratorPinsACardAndUnpinsItFromTheSpotlight() {
        try (Browser browser = Browser.open(base.toString(), "spotlight")) {
            browser.login(DemoUser.MODERATOR.email, DemoUser.PASSWORD);
            browser.go("/");
            WebElement card = browser.find(".feed .post-card");
            String id = card.getDomAttribute("id").substring("post-".length());
            card.findElement(By.cssSelector("form.pin-form button")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/#spotlight-" + id));
            assertTrue(browser.find(".spotlight #spotlight-" + id).isDisplayed());
            assertTrue(browser.text(".flash").contains("spotlight"), browser.text(".flash"));
            browser.screenshot("1-pinned");

            browser.find("#spotlight-" + id + " form.pin-form button").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/#post-" + id));
            assertTrue(browser.driver().findElements(By.cssSelector(".spotlight")).isEmpty());
        }
    }

    @Test
    void theAccentColoursTheButtonsAndTheStatementHidesForTheSession() {
        Api.as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Teal Org", "accent", "#0f766e"))
                .put("/api/branding").then().statusCode(200);
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("en", "Service is how we keep our promises."))
                .put("/api/branding/purpose").then().statusCode(200);
        FreshPerson reader = FreshPerson.of(Role.EMPLOYEE);
        try (Browser browser = Browser.open(base.toString(), "branding")) {
            browser.login(reader.email(), reader.password());
            browser.go("/");
            assertEquals("Teal Org", browser.text("header .brand"));
            assertEquals("rgb(15, 118, 110)", browser.script(
                    "return getComputedStyle(document.querySelector('.page-head .button')).backgroundColor"));
            assertTrue(browser.find("#purpose").isDisplayed());
            browser.screenshot("1-board");

            browser.waitFor(d -> d.findElement(By.cssSelector("#purpose .purpose__dismiss")).isDisplayed());
            browser.find("#purpose .purpose__dismiss").click();
            browser.waitFor(d -> !d.findElement(By.id("purpose")).isDisplayed());
            browser.go("/");
            assertFalse(browser.find("#purpose").isDisplayed(), "hidden for the rest of the session");
            browser.screenshot("2-dismissed");
        }
        try (Browser browser = Browser.open(base.toString(), "branding-new-session")) {
            browser.login(reader.email(), reader.password());
            browser.go("/");
            assertTrue(browser.find("#purpose").isDisplayed(), "a new browser session shows it again");
        }
    }
}
