package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import app.bravo.support.Browser;
import app.bravo.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import app.bravo.support.DemoUser;
import io.quarkus.test.junit.QuarkusTest;

/** A demo employee logs in, searches the directory live, and switches the UI to Serbian. */
@QuarkusTest
class DirectoryBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void employeeSearchesTheDirectoryAndSwitchesToSerbian() throws Exception {
        try (Browser browser = Browser.open(base.toString(), "directory")) {
            // Marko, not Ana: his language choice is saved on his account, and other tests read pages as Ana.
            browser.login(DemoUser.COLLEAGUE.email, DemoUser.PASSWORD);
            assertEquals("Welcome, Marko Jovanović!", browser.text("h1"));
            assertEquals("object", browser.script("return typeof htmx"), "htmx loads under the CSP");
            browser.screenshot("1-home");

            browser.find("nav.main-nav a[href='/people']").click();
            browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("People"));
            int everyone = browser.driver().findElements(By.cssSelector("#results tbody tr")).size();
            browser.script("window.bravoPageMarker = 'still here';");

            // Typing is enough: htmx swaps the results in without a page load, and "kovac" finds "Kovač".
            browser.find("#f-q").sendKeys("kovac");
            browser.waitFor(d -> d.findElements(By.cssSelector("#results tbody tr")).size() < everyone
                    && d.findElement(By.id("results")).getText().contains("Maja Kovač"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#results tbody tr"));
            assertTrue(rows.size() < everyone, "the list narrowed to the matches");
            assertTrue(browser.driver().getCurrentUrl().contains("q=kovac"), "the search is in the URL to share");
            assertEquals("still here", browser.script("return window.bravoPageMarker"),
                    "the results were swapped in, the page was not reloaded");
            browser.screenshot("2-search");

            new Select(browser.find("#lang-select")).selectByValue("sr");
            browser.find(".lang-form button[type=submit]").click();
            browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Zaposleni"));
            assertEquals("sr-Latn", browser.find("html").getAttribute("lang"));
            assertEquals("Pretraga zaposlenih", browser.text("label[for=f-q]"));
            assertTrue(browser.text("#results").contains("Maja Kovač"), "the search survives the language switch");
            browser.screenshot("3-serbian");
        }
    }
}
