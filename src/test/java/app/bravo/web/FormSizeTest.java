package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The form takes what the API takes: form fields are limited by their encoded size (a Serbian letter is sent as
 * 6 bytes, an emoji as 12), so the limit is set for 2,000 characters of 4-byte text (24,000 bytes encoded).
 */
@QuarkusTest
class FormSizeTest {

    /** {@code count} characters of Serbian: Cyrillic and accented Latin letters, 2 bytes each in UTF-8. */
    static String serbian(int count) {
        String sample = "Љубазност према сваком купцу је наш посао. Ćirilica i latinica: čćđšž ČĆĐŠŽ. ";
        StringBuilder text = new StringBuilder();
        while (text.length() < count) {
            text.append(sample);
        }
        return text.substring(0, count);
    }

    /** The longest text a form field allows today, in Serbian, through the real behaviour form. */
    @Test
    void theLongestBehaviourDescriptionInSerbianPassesTheForm() {
        String description = serbian(1000);
        String name = "Dužina " + UUID.randomUUID().toString().substring(0, 6);
        WebSession hr = WebSession.as(Role.HR);
        Response response = hr.submit("/behaviours/new", "/behaviours", Map.of("nameEn", name, "nameSr", name,
                "descriptionEn", "Length", "descriptionSr", description, "exampleSr", serbian(1000)));
        assertEquals(303, response.statusCode(), response.asString());
        JsonPath all = Api.as(Role.HR).get("/api/behaviours?all=true").then().statusCode(200).extract().jsonPath();
        assertEquals(description, all.getString("find { it.name.en == '" + name + "' }.description.sr"));
    }

    /** Stories and citations will allow 2,000 characters in any language: emoji are the widest (4 bytes each). */
    @Test
    void twoThousandCharactersOfFourByteTextPassAFormField() {
        WebSession visitor = WebSession.as(Role.EMPLOYEE);
        String emoji = "\uD83D\uDE00".repeat(2000);
        Response wide = visitor.submit("/", "/test-only/edge/echo", Map.of("text", emoji));
        assertEquals(200, wide.statusCode(), wide.asString());
        assertEquals(2000, wide.asString().codePoints().count());
        assertEquals(emoji, wide.asString());
        String serbian = serbian(2000);
        assertEquals(serbian, visitor.submit("/", "/test-only/edge/echo", Map.of("text", serbian)).asString());
    }

    @Test
    void andTheLimitStillHolds() {
        WebSession visitor = WebSession.as(Role.EMPLOYEE);
        Response tooWide = visitor.submit("/", "/test-only/edge/echo", Map.of("text", "\uD83D\uDE00".repeat(2100)));
        assertEquals(413, tooWide.statusCode());
        assertTrue(WebSession.html(tooWide).selectFirst("h1").text().contains("too much"));
    }
}
