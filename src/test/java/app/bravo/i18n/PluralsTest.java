package app.bravo.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plural categories and number formats of the UI languages. The expected categories are written out by hand
 * from the CLDR rules, not computed:
 * <ul>
 * <li>English: one for 1, other for everything else.</li>
 * <li>Serbian: one when the last digit is 1 but the last two are not 11; few when the last digit is 2–4 but the
 * last two are not 12–14; other for the rest (0, 5–20, 25, 111, …).</li>
 * <li>Slovenian, by the last two digits: one for 01, two for 02, few for 03–04, other for the rest (so 21 and
 * 22 are other, 101 is one and 102 two).</li>
 * </ul>
 */
class PluralsTest {

    private static final long[] NUMBERS = { 0, 1, 2, 3, 4, 5, 11, 21, 22, 101, 102, 105 };

    static Stream<Arguments> categories() {
        Map<String, String> expected = new LinkedHashMap<>();
        // numbers:        0      1    2    3    4    5      11     21     22     101  102  105
        expected.put("en", "other one  other other other other other other other other other other");
        expected.put("sr", "other one  few  few  few  other other one   few   one  few  other");
        expected.put("sl", "other one  two  few  few  other other other other one  two  other");
        return expected.entrySet().stream().flatMap(language -> {
            String[] words = language.getValue().trim().split("\\s+");
            return java.util.stream.IntStream.range(0, NUMBERS.length)
                    .mapToObj(i -> Arguments.of(language.getKey(), NUMBERS[i], Plural.valueOf(words[i])));
        });
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("categories")
    void categoryFollowsCldr(String language, long number, Plural expected) {
        assertEquals(expected, Plurals.category(language, number));
    }

    @Test
    void eachLanguageHasTheCategoriesItsGrammarNeeds() {
        assertEquals(EnumSet.of(Plural.one, Plural.other), Plurals.categories("en"));
        assertEquals(EnumSet.of(Plural.one, Plural.few, Plural.other), Plurals.categories("sr"));
        assertEquals(EnumSet.of(Plural.one, Plural.two, Plural.few, Plural.other), Plurals.categories("sl"));
    }

    @Test
    void largerNumbersByTheirLastDigits() {
        assertEquals(Plural.other, Plurals.category("sr", 111), "111 ends in 11");
        assertEquals(Plural.other, Plurals.category("sr", 1012), "…12 is not few");
        assertEquals(Plural.few, Plurals.category("sr", 1_000_023));
        assertEquals(Plural.one, Plurals.category("sl", 201));
        assertEquals(Plural.few, Plurals.category("sl", 304));
        assertEquals(Plural.other, Plurals.category("sl", 311));
    }

    @Test
    void numbersAreWrittenTheLanguagesWay() {
        assertEquals("20,000", Plurals.format("en", 20_000));
        assertEquals("20.000", Plurals.format("sr", 20_000));
        assertEquals("20.000", Plurals.format("sl", 20_000));
        assertEquals("1,234", Plurals.format("en", 1_234));
        assertEquals("1.234", Plurals.format("sr", 1_234));
        assertEquals("1234", Plurals.format("sl", 1_234), "Slovenian groups from five digits on");
        assertEquals("1.000.000", Plurals.format("sr", 1_000_000));
        assertEquals("\u22125", Plurals.format("sl", -5), "Slovenian writes a true minus sign");
        assertEquals("7", Plurals.format("xx", 7), "an unknown language writes numbers as English does");
    }

    @Test
    void templateLocaleAttributeMapsToAUiLanguage() {
        assertEquals("sr", Plurals.language(java.util.Locale.forLanguageTag("sr-Latn-RS")));
        assertEquals("sl", Plurals.language(java.util.Locale.forLanguageTag("sl")));
        assertEquals("sl", Plurals.language("sl"));
        assertEquals("en", Plurals.language(null), "no locale: the default bundle, English");
        assertEquals("en", Plurals.language(java.util.Locale.GERMAN));
    }
}
