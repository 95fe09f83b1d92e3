package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one e-mail rule, without a server ({@code people/EmailRulesTest} checks form, API and CSV agree). */
class EmailAddressesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "ana.petrovic@demo.bravo|true",
            "đorđe@primer.rs|true",
            "x@xn--80ak6aa92e.com|true",
            "a@b|false",
            "a@b.c|false",
            "a b@example.org|false",
            "a,b@example.org|false",
            "a;b@example.org|false" })
    void oneRuleForEmailAddresses(String address, boolean valid) {
        assertEquals(valid, EmailAddresses.isValid(address));
    }

    @Test
    void anAddressOver254CharactersIsRefused() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "org";
        assertTrue((local + "@" + domain).length() > 254);
        assertFalse(EmailAddresses.isValid(local + "@" + domain));
        assertFalse(EmailAddresses.isValid("a".repeat(65) + "@example.org"), "local part over 64");
    }
}
