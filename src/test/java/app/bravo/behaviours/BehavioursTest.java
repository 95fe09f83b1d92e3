package app.bravo.behaviours;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import app.bravo.security.Role;
import io.restassured.response.Response;

@QuarkusTest
class BehavioursTest {

    @Test
    void demoHasTheSeedBehaviours() {
        Api.as(Role.EMPLOYEE).get("/api/behaviours").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(6))
                .body("name.en", hasItem("Empathy"))
                .body("name.sl", hasItem("Prevzemanje odgovornosti"));
    }

    @Test
    void hrAddsABehaviourAndMissingTranslationsFallBackToEnglish() {
        WebSession hr = WebSession.as(Role.HR);
        String name = "Patience " + UUID.randomUUID().toString().substring(0, 4);
        Map<String, String> form = new HashMap<>(Map.of("nameEn", name, "nameSr", name + " (sr)",
                "descriptionEn", "We take the time it needs.", "active", "true"));
        Response response = hr.submit("/behaviours/new", "/behaviours", form);
        assertEquals(303, response.statusCode());

        Document sr = WebSession.as(Role.EMPLOYEE).language("sr").page("/behaviours");
        assertTrue(sr.text().contains(name + " (sr)"));
        Document sl = WebSession.as(Role.EMPLOYEE).language("sl").page("/behaviours");
        assertTrue(sl.text().contains(name), "no Slovenian name: the English one shows");
        assertTrue(sl.text().contains("We take the time it needs."));
    }

    @Test
    void requiredFieldsAreMarked() {
        WebSession hr = WebSession.as(Role.HR);
        Response response = hr.submit("/behaviours/new", "/behaviours", Map.of("nameEn", "", "nameSl", "Ime"));
        assertEquals(400, response.statusCode());
        Document page = WebSession.html(response);
        assertTrue(page.selectFirst("#e-nameEn").text().contains("required"));
        assertTrue(page.selectFirst("#e-descriptionEn").text().contains("required"));
        assertEquals("Ime", page.selectFirst("#f-nameSl").val());
    }

    @Test
    void retiredBehavioursLeaveTheEmployeeListButStayForHr() {
        String name = "Retire me " + UUID.randomUUID().toString().substring(0, 4);
        long id = Api.as(Role.HR).contentType("application/json")
                .body(Map.of("nameEn", name, "descriptionEn", "Soon gone", "active", true))
                .post("/api/behaviours").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Role.HR).contentType("application/json")
                .body(Map.of("nameEn", name, "descriptionEn", "Soon gone", "active", false))
                .put("/api/behaviours/" + id).then().statusCode(200).body("active", equalTo(false));
        Api.as(Role.EMPLOYEE).get("/api/behaviours").then().body("name.en", not(hasItem(name)));
        assertTrue(WebSession.as(Role.HR).page("/behaviours").text().contains(name));
        assertTrue(!WebSession.as(Role.EMPLOYEE).page("/behaviours").text().contains(name));
    }
}
