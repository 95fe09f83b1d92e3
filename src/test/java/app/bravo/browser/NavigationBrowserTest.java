package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import app.bravo.security.Role;
import app.bravo.support.Browser;
import app.bravo.support.FreshPerson;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The header of the longest navigation (an admin's) stays one row on a 1280 px laptop in every language, and
 * folds into a menu button on a phone.
 */
@QuarkusTest
class NavigationBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void adminNavigationFitsOneRowOnALaptopAndFoldsOnAPhone() {
        // A fresh admin with a longish name: the language choice is saved on the account, so not the demo admin.
        FreshPerson admin = FreshPerson.named("Aleksandra Stojanović", Role.ADMIN);
        try (Browser browser = Browser.open(base.toString(), "navigation")) {
            browser.login(admin.email(), admin.password());
            assertEquals(1280, ((Number) browser.script("return window.outerWidth")).intValue(), "a laptop window");

            for (String language : List.of("en", "sr", "sl")) {
                switchTo(browser, language);
                browser.go("/people");
                List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.main-nav li"));
                assertEquals(8, links.size(), "an admin sees every link (moderation, feedback and insights included;"
                        + " audit, import and API are in the user menu)");
                browser.screenshot("laptop-" + language);
                assertOneRow(browser, language);
            }

            // The user menu shows initials on the bar and the full name once opened.
            browser.find(".user-menu__details summary").click();
            browser.waitFor(d -> d.findElement(By.cssSelector(".user-menu__name")).isDisplayed());
            assertEquals("AS", browser.text(".user-menu__details .avatar"));
            assertEquals("Aleksandra Stojanović", browser.text(".user-menu__name"));
            browser.screenshot("laptop-sl-user-menu");

            // A phone: the links hide behind a menu button that opens without JavaScript (a <details>).
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/people");
            WebElement button = browser.find(".nav-toggle summary");
            assertTrue(button.isDisplayed(), "the menu button shows on a phone");
            assertFalse(browser.find("nav.main-nav").isDisplayed(), "the links are folded away");
            assertFalse(browser.find(".lang-form").isDisplayed(), "so is the language switch");
            Rectangle brand = browser.find(".brand").getRect();
            for (String part : List.of(".nav-toggle summary", ".user-menu__details summary")) {
                Rectangle box = browser.find(part).getRect();
                assertTrue(box.getY() < brand.getY() + brand.getHeight() && box.getY() + box.getHeight() > brand.getY(),
                        part + " shares the brand's row");
            }
            assertEquals(0L, browser.script("return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth"), "nothing sticks out sideways");
            browser.screenshot("phone-closed");

            button.click();
            browser.waitFor(d -> d.findElement(By.cssSelector("nav.main-nav")).isDisplayed());
            assertEquals("true", browser.find(".nav-toggle").getDomAttribute("open") == null ? "false" : "true");
            List<WebElement> items = browser.driver().findElements(By.cssSelector("nav.main-nav li"));
            assertTrue(items.stream().allMatch(WebElement::isDisplayed), "every link is there");
            assertTrue(items.get(1).getRect().getY() > items.get(0).getRect().getY(), "one link under the other");
            assertTrue(browser.find(".lang-form").isDisplayed(), "the open menu offers the language switch");
            browser.screenshot("phone-open");

            browser.find("nav.main-nav a[href='/teams']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/teams"));
            assertFalse(browser.find("nav.main-nav").isDisplayed(), "a new page starts with the menu folded");
        }
    }

    private static void switchTo(Browser browser, String language) {
        new Select(browser.find("#lang-select")).selectByValue(language);
        browser.find(".lang-form button[type=submit]").click();
        String lang = "sr".equals(language) ? "sr-Latn" : language;
        browser.waitFor(d -> lang.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    /** Brand, every link, the language switch and the user menu share one row: their boxes overlap vertically. */
    private static void assertOneRow(Browser browser, String language) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.main-nav li"));
        int top = links.get(0).getRect().getY();
        for (WebElement link : links) {
            assertEquals(top, link.getRect().getY(), language + ": '" + link.getText() + "' wrapped to a new row");
        }
        Rectangle row = links.get(0).getRect();
        for (String part : List.of(".brand", ".lang-form", ".user-menu__details summary")) {
            Rectangle box = browser.find(part).getRect();
            double middle = box.getY() + box.getHeight() / 2.0;
            assertTrue(middle > row.getY() && middle < row.getY() + row.getHeight(),
                    language + ": " + part + " is not on the navigation's row (" + box.getY() + " vs " + row.getY() + ")");
        }
        assertFalse(browser.find(".nav-toggle summary").isDisplayed(), language + ": no menu button on a laptop");
    }
}
