package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import app.bravo.security.Role;
import app.bravo.support.Browser;
import app.bravo.support.FreshPerson;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A new user recognises a colleague through the form as a person would: finds her by typing, picks two
 * standards, writes the story, publishes, sees the card on the board, and applauds another card in place.
 */
@QuarkusTest
class BoardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void recogniseAColleagueThroughTheFormAndSeeTheCardOnTheBoard() {
        FreshPerson author = FreshPerson.named("Vera Novaković", Role.EMPLOYEE);
        String mark = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base.toString(), "board")) {
            browser.login(author.email(), author.password());
            browser.find(".page-head a.button[href='/recognitions/new']").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/recognitions/new"));

            // Typing finds her without a page load; ticking moves her to the chosen ones.
            browser.find("#f-q").sendKeys("kovac maj");
            browser.waitFor(d -> d.findElement(By.id("recipients-found")).getText().contains("Maja Kovač"));
            browser.find("#recipients-found input[name=recipientIds]").click();
            browser.waitFor(d -> d.findElement(By.id("recipients-chosen")).getText().contains("Maja Kovač"));
            browser.find("#f-q").clear();
            browser.find("#f-q").sendKeys("zzz");
            browser.waitFor(d -> d.findElement(By.id("recipients-found")).getText().contains("zzz"));
            assertTrue(browser.text("#recipients-chosen").contains("Maja Kovač"), "a new search keeps her chosen");

            var standards = browser.driver().findElements(By.cssSelector(".behaviour-choice label"));
            standards.get(0).click();
            standards.get(1).click();
            browser.find("#f-story").sendKeys("Maja calmed an angry customer at the desk and solved the refund "
                    + "on the spot. " + mark);
            assertTrue(browser.text("#c-story").endsWith("/ 2000"), "the story counts its characters");
            browser.screenshot("1-form");
            browser.find("#publish").click();

            browser.waitFor(d -> d.getCurrentUrl().matches(".*/#post-\\d+$"));
            WebElement card = browser.waitFor(d -> d.findElements(By.cssSelector(".post-card")).stream()
                    .filter(c -> c.getText().contains(mark)).findFirst().orElse(null));
            assertTrue(card.findElement(By.cssSelector(".post-card__who")).getText().contains("Maja Kovač"));
            assertEquals(2, card.findElements(By.cssSelector(".behaviour-chips .chip")).size());
            assertTrue(browser.text(".flash").contains("on the board"), browser.text(".flash"));
            browser.script("window.bravoPageMarker = 'still here';");
            browser.screenshot("2-board");

            // Applause on another card is swapped in place: no page load.
            WebElement other = browser.driver().findElements(By.cssSelector(".post-card")).stream()
                    .filter(c -> !c.getText().contains(mark)).findFirst().orElseThrow();
            String id = other.getDomAttribute("id");
            int before = Integer.parseInt(other.findElement(By.cssSelector(".applause__count")).getText());
            other.findElement(By.cssSelector(".applause__button")).click();
            browser.waitFor(d -> "true".equals(d.findElement(By.cssSelector("#" + id + " .applause__button"))
                    .getDomAttribute("aria-pressed")));
            assertEquals(String.valueOf(before + 1), browser.text("#" + id + " .applause__count"));
            assertEquals("still here", browser.script("return window.bravoPageMarker"));
            browser.screenshot("3-applause");
        }
    }
}
