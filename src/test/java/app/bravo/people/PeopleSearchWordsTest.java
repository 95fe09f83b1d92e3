package app.bravo.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The directory's search words and prefix ranges: pure rules, tested without Quarkus. */
class PeopleSearchWordsTest {

    @Test
    void wordsAreFoldedAndSplitAtAnythingButLettersAndDigits() {
        assertEquals(Set.of("ana", "petrovic", "demo", "bravo", "customer", "advisor", "front", "desk"),
                Person.termsOf("Ana Petrović", "ana.petrovic@demo.bravo", "Customer advisor", "Front Desk"));
        assertEquals(Set.of("djordje", "dorde", "stankovic"), Person.termsOf("Đorđe Stanković"));
        assertEquals(Set.of("people", "communications"), Person.termsOf("People & Communications"));
    }

    @Test
    void otherScriptsAreWrittenInLatinLetters() {
        Set<String> cyrillic = Person.termsOf("Јована Ђурић");
        assertTrue(cyrillic.containsAll(List.of("jovana", "djuric", "duric")), cyrillic.toString());
        assertTrue(Person.termsOf("Søren Straße").stream().allMatch(w -> w.matches("[a-z0-9]+")));
    }

    @Test
    void longWordsAreCut() {
        assertEquals(Set.of("x".repeat(Person.MAX_TERM)), Person.termsOf("x".repeat(200)));
    }

    @ParameterizedTest
    @CsvSource({ "pet,peu", "az,b", "a9,aa", "9,a", "kovz,kow", "x0,x1" })
    void upperBoundIsTheFirstTextAfterEveryWordWithThePrefix(String prefix, String bound) {
        assertEquals(bound, PeopleSearch.upperBound(prefix));
    }

    @Test
    void aPrefixOfOnlyZsHasNoUpperBound() {
        assertNull(PeopleSearch.upperBound("zz"));
    }

    @Test
    void searchWordsLeadWithTheLongestAndDropWordsAnotherOneExtends() {
        assertEquals(List.of("stefan"), PeopleSearch.words("stefan st"));
        assertEquals(List.of("petrovic", "ana"), PeopleSearch.words("ana PETROVIĆ"));
        assertEquals(List.of(), PeopleSearch.words("%_!"));
        assertEquals(PeopleSearch.MAX_WORDS, PeopleSearch.words("aa bb cc dd ee ff gg").size());
    }
}
