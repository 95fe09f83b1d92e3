package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.Browser;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.Posts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A moderator approves a waiting post from the queue, and a colleague congratulates on the post page: htmx adds
 * the comment in place and empties the form, under the strict Content-Security-Policy.
 */
@QuarkusTest
class ModerationBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void approveFromTheQueueThenCongratulateInPlace() {
        FreshPerson moderator = FreshPerson.named("Mira Moderatorović", Role.MODERATOR);
        long post = Posts.pending(Api.as(DemoUser.COLLEAGUE), Posts.personId(DemoUser.EMPLOYEE),
                "Ana found a lost parcel for a customer and drove it to him herself.");
        try (Browser browser = Browser.open(base.toString(), "moderation")) {
            browser.login(moderator.email(), moderator.password());
            browser.find("nav.main-nav a[href='/moderation']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/moderation"));
            String path = "/moderation";
            while (browser.driver().findElements(By.id("pending-" + post)).isEmpty()) {
                path = browser.find("#pending a[rel=next]").getDomAttribute("href");
                browser.go(path);
            }
            browser.screenshot("1-queue");
            browser.find("#pending-" + post + " form[action$=approve] button").click();
            browser.waitFor(d -> d.findElement(By.cssSelector(".flash")).getText().contains("Approved"));

            browser.go("/posts/" + post);
            browser.script("window.bravoPageMarker = 'still here';");
            browser.find("#f-body").sendKeys("Congratulations, Ana!");
            browser.find("#comment-form button[type=submit]").click();
            browser.waitFor(d -> d.findElements(By.cssSelector("#comment-list .comment")).stream()
                    .anyMatch(c -> c.getText().contains("Congratulations, Ana!")));
            assertEquals("", browser.find("#f-body").getDomProperty("value"), "a fresh form");
            assertTrue(browser.driver().findElements(By.id("comments-empty")).isEmpty(), "no 'nothing yet' line");
            assertEquals("still here", browser.script("return window.bravoPageMarker"), "no page load");
            browser.screenshot("2-congratulated");

            browser.go("/");
            assertTrue(browser.text("#post-" + post + " .post-card__comments").startsWith("1 "), "the count");
        }
    }
}
