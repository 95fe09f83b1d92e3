package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.MultiMap;

/** The pure rules of the HTTP edge, without a server. */
class HttpEdgeRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/audit;x|/audit%3Bx",
            "/people?q=a,b|/people?q=a%2Cb",
            "/people?q=\"x\"|/people?q=%22x%22",
            "/people?q=a\\b|/people?q=a%5Cb",
            "/people?q=a%20b&page=2|/people?q=a%20b&page=2" })
    void addressesBecomeCookieSafe(String uri, String safe) {
        assertEquals(safe, HttpEdge.cookieSafe(uri));
    }

    @Test
    void requestLineBytesStayUtf8AndSafeAddressesAreUntouched() {
        // "Š" arrives as the two bytes C5 A0 of its UTF-8 form, one char each.
        assertEquals("/people/%C5%A0ef", HttpEdge.cookieSafe("/people/\u00C5\u00A0ef"));
        String safe = "/people?q=ana&page=1";
        assertSame(safe, HttpEdge.cookieSafe(safe));
    }

    @ParameterizedTest(name = "Accept-Language \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "en;q=abc|NONE",
            "sl;q=abc, sr|sr",
            "sr-Latn-RS,sr;q=0.9,en;q=0.8|sr-Latn-RS,sr;q=0.9,en;q=0.8",
            ";;;|NONE",
            "en;q=|NONE",
            "de, sl;q=2|de",
            "*;q=0.5|*;q=0.5" })
    void unreadableLanguageRangesAreDropped(String header, String cleaned) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept-Language", header);
        HeaderRanges.clean(headers);
        assertEquals(cleaned, headers.get("Accept-Language"));
    }

    @ParameterizedTest(name = "Accept \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "text/html;q=abc|NONE",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "text/html, ;q=1|text/html",
            "application/json;charset=\"utf-8\"|application/json;charset=\"utf-8\"" })
    void unreadableMediaRangesAreDropped(String header, String cleaned) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", header);
        HeaderRanges.clean(headers);
        assertEquals(cleaned, headers.get("Accept"));
    }

    @Test
    void aHeaderWithoutRangesIsLeftAlone() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        HeaderRanges.clean(headers);
        assertNull(headers.get("Accept"));
    }
}
