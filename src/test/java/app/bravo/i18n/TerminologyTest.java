package app.bravo.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One word per concept in each language, and the slips a native reader trips over, kept out of every bundle
 * (new keys included).
 */
class TerminologyTest {

    /** Wording that must not come back, with the reason and what to write instead. */
    static final Map<String, Map<Pattern, String>> AVOID = Map.of(
            "_sr", Map.of(
                    Pattern.compile("(?i)ponašanj"), "the concept is a service standard: „standard (usluge)“",
                    Pattern.compile("iz Bravo\\b"), "decline the name: „iz Brava“",
                    Pattern.compile("\\bBravo nalog"), "„nalog u Bravu“",
                    Pattern.compile("(?i)dobar dan"), "mail greets „Zdravo, {name},“"),
            "_sl", Map.of(
                    Pattern.compile("(?i)vedenj"), "the concept is a service standard: »standard (storitev)«",
                    Pattern.compile("(?i)prazn(ujemo|ovati|uje)"), "praznovati is for holidays: izrekati priznanje",
                    Pattern.compile("iz Bravo\\b"), "decline the name: »iz Brava«",
                    Pattern.compile("račun Bravo\\b"), "»račun v Bravu«",
                    Pattern.compile("(?i)dober dan"), "mail greets »Pozdravljeni, {name},«"));

    /** Shown beside a person's name: a bare masculine adjective would misgender Ana, so these name the account. */
    static final List<String> BESIDE_A_NAME = List.of("people_inactive");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "_sr", "_sl" })
    void oneTermPerConceptAndNoKnownSlips(String language) throws IOException {
        List<String> found = new ArrayList<>();
        for (Class<?> bundle : MessageBundleTest.BUNDLES) {
            String file = MessageBundleTest.name(bundle) + language;
            Properties texts = MessageBundleTest.load(file + ".properties");
            for (String key : texts.stringPropertyNames()) {
                AVOID.get(language).forEach((pattern, instead) -> {
                    if (pattern.matcher(texts.getProperty(key)).find()) {
                        found.add(file + " " + key + ": " + texts.getProperty(key) + " — " + instead);
                    }
                });
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "_sr", "_sl" })
    void labelsBesideANameAgreeWithTheAccountNotThePerson(String language) throws IOException {
        Properties people = MessageBundleTest.load("people" + language + ".properties");
        for (String key : BESIDE_A_NAME) {
            String text = people.getProperty(key);
            assertTrue(text.contains(" "), key + " is a bare adjective (" + text + "): say whose state it is, e.g."
                    + " „deaktiviran nalog“ / »deaktiviran račun«");
        }
    }
}
