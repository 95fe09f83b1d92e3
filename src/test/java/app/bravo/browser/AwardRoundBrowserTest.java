package app.bravo.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import app.bravo.support.Browser;
import app.bravo.support.DemoUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A whole award round through the real pages: HR sets up a programme, a category and a round and opens
 * nominations; two employees nominate two colleagues; HR opens voting with the default shortlist; both vote for
 * the same finalist and get a receipt; HR closes, sees the results and announces; the ceremony steps with → from
 * the title through the finalists and the drum roll to the winner's reveal, without a page load.
 */
@QuarkusTest
class AwardRoundBrowserTest {

    static final String WINNER = "Maja Kovač";
    static final String RUNNER_UP = "Luka Horvat";

    @TestHTTPResource("/")
    URL base;

    @Test
    void hrRunsARoundThroughToTheCeremonysWinnerReveal() {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String programme = "Service Star " + mark;
        String category = "Calm under pressure";
        String anaCitation = "Maja talked a flooded customer through the night shift. " + mark;
        String markoCitation = "Luka fixed a billing error before the customer noticed. " + mark;
        try (Browser browser = Browser.open(base.toString(), "award-round")) {
            // 1. HR: programme, category, round; nominations open.
            signIn(browser, DemoUser.HR);
            browser.go("/awards");
            browser.find(".page-head a.button[href='/awards/programmes/new']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/awards/programmes/new"));
            browser.find("#f-nameEn").sendKeys(programme);
            browser.find("#f-descriptionEn").sendKeys("For calm, clear service when it matters most.");
            new Select(browser.find("#f-cadence")).selectByValue("ONE_OFF");
            browser.find("form[action='/awards/programmes'] button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().matches(".*/awards/programmes/\\d+$"));
            assertTrue(browser.text(".flash").contains("The programme is saved."), browser.text(".flash"));
            assertTrue(browser.text(".page-head h1").contains(programme));

            browser.find(".page-head a[href$='/categories/new']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/categories/new"));
            browser.find("#f-nameEn").sendKeys(category);
            browser.find("#f-criteriaEn").sendKeys("Keeps the customer calm and the problem solved.");
            new Select(browser.find("#f-nominees")).selectByValue("PEOPLE");
            replace(browser.find("#f-finalists"), "2");
            replace(browser.find("#f-winners"), "1");
            new Select(browser.find("#f-method")).selectByValue("PLURALITY");
            browser.find("form[action$='/categories'] button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().matches(".*/awards/programmes/\\d+$"));
            assertTrue(browser.text(".flash").contains("The category is saved."), browser.text(".flash"));
            WebElement categoryCard = browser.find("article.card[id^='category-']");
            assertTrue(categoryCard.getText().contains(category), categoryCard.getText());
            assertTrue(categoryCard.getText().contains("Plurality"), categoryCard.getText());

            browser.find(".page-head a.button[href$='/rounds/new']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/rounds/new"));
            String title = "Winter " + mark;
            browser.find("#f-title").sendKeys(title);
            browser.find("form[action$='/rounds'] button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().matches(".*/awards/rounds/\\d+$"));
            long round = idAtEnd(browser.driver().getCurrentUrl());
            String roundPage = "/awards/rounds/" + round;
            assertTrue(browser.text(".flash").contains("The round is created (draft)."), browser.text(".flash"));
            assertEquals("Draft", browser.text("#phase"));
            assertEquals(programme + " – " + title, browser.text(".page-head h1"));
            movePhase(browser, "Nominations open");
            assertTrue(browser.find(".actions a.button[href='" + roundPage + "/nominate']").isDisplayed());
            browser.screenshot("1-hr-nominations-open");

            // 2. Two employees each nominate a colleague (not themselves) from the awards page.
            nominate(browser, DemoUser.EMPLOYEE, round, "kovac maj", WINNER, anaCitation);
            browser.screenshot("2-ana-nominated");
            nominate(browser, DemoUser.COLLEAGUE, round, "horvat luka", RUNNER_UP, markoCitation);
            browser.screenshot("3-marko-nominated");
            assertEquals(2, browser.driver().findElements(By.cssSelector("ol.nominations > li[id^='nomination-']"))
                    .size(), "both nominations on the round's page");

            // 3. HR: shortlisting, then voting with the default shortlist (both nominees, limit 2).
            signIn(browser, DemoUser.HR);
            browser.go(roundPage);
            movePhase(browser, "Shortlisting");
            assertEquals(2, browser.driver().findElements(By.cssSelector("input[name=nominationIds]")).size(),
                    "HR can choose among both nominations");
            movePhase(browser, "Voting open");
            List<WebElement> finalists = browser.driver().findElements(By.cssSelector("ol.nominations > li"));
            assertEquals(2, finalists.size());
            finalists.forEach(f -> assertTrue(f.getText().contains("Finalist"), f.getText()));
            assertTrue(browser.find(".actions a.button[href='/awards/ballots/" + round + "']").isDisplayed());
            browser.screenshot("4-hr-voting-open");

            // 4. Both employees vote for the same finalist and are given a receipt.
            String anaReceipt = vote(browser, DemoUser.EMPLOYEE, round, WINNER);
            browser.screenshot("5-ana-voted");
            String markoReceipt = vote(browser, DemoUser.COLLEAGUE, round, WINNER);
            browser.screenshot("6-marko-voted");
            assertNotEquals(anaReceipt, markoReceipt, "each voter has a receipt of their own");

            // 5. HR closes, sees the results, announces.
            signIn(browser, DemoUser.HR);
            browser.go(roundPage);
            movePhase(browser, "Voting closed");
            browser.find(".actions a.button[href='/awards/results/" + round + "']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/awards/results/" + round));
            assertTrue(browser.text(".page-head .lead").contains("Only HR sees these results"),
                    browser.text(".page-head .lead"));
            assertResults(browser);
            browser.screenshot("7-hr-results-closed");

            browser.go(roundPage);
            movePhase(browser, "Results announced");
            browser.find(".actions a.button[href='/awards/results/" + round + "']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/awards/results/" + round));
            assertTrue(browser.text(".page-head .lead").contains("The announced results."),
                    browser.text(".page-head .lead"));
            assertResults(browser);
            assertTrue(browser.text("#receipt-check").contains("2 receipts published"),
                    browser.text("#receipt-check"));
            browser.screenshot("8-hr-results-announced");

            // 6. The ceremony: → steps from slide to slide in the page until the winner is revealed.
            browser.find(".page-head a[href='/awards/ceremony/" + round + "']").click();
            browser.waitFor(d -> d.findElement(By.id("slide-1")).isDisplayed());
            browser.script("window.bravoPageMarker = 'still here';");
            assertEquals(programme, browser.text("#slide-1 .slide__title"));
            assertEquals(title, browser.text("#slide-1 .slide__subtitle"));
            List<String> kinds = new ArrayList<>();
            List<String> finalistNames = new ArrayList<>();
            kinds.add(kind(browser.find("#slide-1")));
            browser.screenshot("9-ceremony-1-" + kinds.get(0));
            int count = Integer.parseInt(browser.find("#ceremony").getDomAttribute("data-count"));
            int at = 1;
            while (!"reveal".equals(kinds.get(kinds.size() - 1))) {
                assertTrue(at < count, "the reveal comes before the last slide: " + kinds);
                browser.find("body").sendKeys(Keys.ARROW_RIGHT);
                int next = at + 1;
                WebElement slide = browser.waitFor(d -> {
                    WebElement s = d.findElement(By.id("slide-" + next));
                    return s.isDisplayed() ? s : null;
                });
                assertFalse(browser.find("#slide-" + at).isDisplayed(), "one slide at a time");
                assertEquals(next + " / " + count, browser.text("#ceremony-position"));
                at = next;
                String kind = kind(slide);
                kinds.add(kind);
                if ("finalist".equals(kind)) {
                    String name = content(slide.findElement(By.cssSelector(".slide__name"))).trim();
                    finalistNames.add(name);
                    String citations = slide.findElement(By.cssSelector(".slide__citations")).getText();
                    assertTrue(citations.contains(name.equals(WINNER) ? anaCitation : markoCitation), citations);
                    assertTrue(content(slide).contains(category), content(slide));
                } else if ("drumroll".equals(kind)) {
                    assertTrue(content(slide).contains("And the award goes to"), content(slide));
                    assertFalse(content(slide).contains(WINNER), "the drum roll keeps the secret");
                }
                browser.screenshot("9-ceremony-" + at + "-" + kind);
            }
            assertEquals(List.of("title", "finalist", "finalist", "drumroll", "reveal"), kinds);
            assertEquals(2, finalistNames.size());
            assertTrue(finalistNames.containsAll(List.of(WINNER, RUNNER_UP)), finalistNames.toString());
            WebElement reveal = browser.find("#slide-" + at);
            assertTrue(content(reveal).contains("The award goes to"), content(reveal));
            assertEquals(WINNER, content(reveal.findElement(By.cssSelector(".slide__winners"))).trim());
            assertFalse(content(reveal).contains(RUNNER_UP), content(reveal));
            assertTrue(reveal.findElements(By.cssSelector(".slide__tie")).isEmpty(), "no tie: 2 votes to 0");
            assertEquals("still here", browser.script("return window.bravoPageMarker"), "no page load");
        }
    }

    /** A fresh session as this demo user: the previous user's cookies are gone, as after a log-out. */
    static void signIn(Browser browser, DemoUser user) {
        browser.driver().manage().deleteAllCookies();
        browser.login(user.email, DemoUser.PASSWORD);
        assertFalse(browser.driver().getCurrentUrl().contains("/login"), "signed in as " + user);
    }

    /** HR presses the round page's one phase button and sees the new phase. */
    static void movePhase(Browser browser, String phase) {
        WebElement button = browser.find("form[action$='/phase'] button[type=submit]");
        assertEquals("Move to: " + phase, button.getText());
        button.click();
        browser.waitFor(d -> phase.equals(d.findElement(By.id("phase")).getText()));
        assertTrue(browser.text(".flash").contains("The round has moved on."), browser.text(".flash"));
    }

    /** From the awards page: the round's nominate link, a search for the colleague, the category and a citation. */
    static void nominate(Browser browser, DemoUser user, long round, String search, String nominee, String citation) {
        signIn(browser, user);
        browser.go("/awards");
        browser.find("#round-" + round + " a[href='/awards/rounds/" + round + "/nominate']").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/awards/rounds/" + round + "/nominate"));
        browser.find("#f-q").sendKeys(search);
        browser.find("form[role=search] button[type=submit]").click();
        browser.waitFor(d -> d.findElements(By.cssSelector("#f-nominee option")).stream()
                .anyMatch(o -> o.getText().equals(nominee)));
        new Select(browser.find("#f-nominee")).selectByVisibleText(nominee);
        assertTrue(new Select(browser.find("#f-categoryId")).getFirstSelectedOption().getText()
                .startsWith("Calm under pressure"));
        browser.find("#f-citation").sendKeys(citation);
        browser.find("form.form button[type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/awards/rounds/" + round + "#nomination-\\d+$"));
        assertTrue(browser.text(".flash").contains("Thank you: your nomination is in."), browser.text(".flash"));
        String nominationId = browser.driver().getCurrentUrl().replaceAll(".*#", "");
        String shown = browser.text("#" + nominationId);
        assertTrue(shown.contains(nominee) && shown.contains(citation), shown);
    }

    /** From the round's page to the ballot; chooses the finalist, casts, and returns the receipt code shown. */
    static String vote(Browser browser, DemoUser user, long round, String finalist) {
        signIn(browser, user);
        browser.go("/awards/rounds/" + round);
        browser.find(".actions a.button[href='/awards/ballots/" + round + "']").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/awards/ballots/" + round));
        WebElement ballot = browser.find("section.ballot");
        assertTrue(ballot.getText().contains(WINNER) && ballot.getText().contains(RUNNER_UP), ballot.getText());
        assertFalse(ballot.getText().matches("(?s).*\\d+ votes?.*"), "no running totals while voting is open");
        ballot.findElements(By.cssSelector(".ballot__form label")).stream()
                .filter(l -> l.getText().trim().equals(finalist)).findFirst().orElseThrow().click();
        browser.find(".ballot__form button[type=submit]").click();
        WebElement receipt = browser.waitFor(d -> d.findElement(By.cssSelector("#receipt [data-receipt]")));
        String code = receipt.getText().trim();
        assertFalse(code.isEmpty(), "a receipt code is shown");
        assertTrue(browser.text("#receipt").contains("Your vote was recorded."), browser.text("#receipt"));
        assertTrue(browser.find(".ballot__voted").getText().contains("You may vote again"));
        return code;
    }

    /** The results page shows the method, the winner, and the count: 2 votes for the winner, none for the other. */
    static void assertResults(Browser browser) {
        WebElement results = browser.find("section.results[id^='category-']");
        assertTrue(results.getText().contains("Plurality (one choice)"), results.getText());
        assertEquals(WINNER, results.findElement(By.cssSelector(".results__winners strong")).getText());
        assertTrue(results.findElements(By.cssSelector(".tie")).isEmpty(), "no tie");
        List<String> rows = results.findElements(By.cssSelector("table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .map(cells -> String.join(" = ", cells)).toList();
        assertTrue(rows.contains(WINNER + " = 2"), rows.toString());
    }

    static String kind(WebElement slide) {
        Matcher kind = Pattern.compile("slide--(\\w+)").matcher(slide.getDomAttribute("class"));
        assertTrue(kind.find(), slide.getDomAttribute("class"));
        return kind.group(1);
    }

    /** The text as written, not as CSS shows it (the slides' kickers and labels are set in capitals). */
    static String content(WebElement element) {
        return element.getDomProperty("textContent");
    }

    static long idAtEnd(String url) {
        return Long.parseLong(url.replaceAll(".*/", ""));
    }

    static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }
}
