package app.bravo.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for the first administrator of a new installation, without starting Quarkus. */
class FirstAdminRulesTest {

    private static List<String> problems(String email, String password) {
        return FirstAdmin.problems(email, password, "bravo-demo");
    }

    @Test
    void aStrongPasswordPasses() {
        assertEquals(List.of(), problems("it@example.org", "Tr0ub4dor&3-horse"));
    }

    @Test
    void anEmptyDatabaseNeedsAnAdmin() {
        List<String> problems = problems("", "");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("BRAVO_BOOTSTRAP_ADMIN_EMAIL"), problems.get(0));
        assertTrue(problems.get(1).contains("at least 12 characters"), problems.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "123456789012", "qwertyuiop12", "Welcome12345", "bravo-demo-2026", "password1234",
            "admin12345678", "aaaaaaaaaaaaa", "it@example.org12" })
    void commonAndGuessablePasswordsAreRefusedAsGuessable(String weak) {
        List<String> problems = problems("it@example.org", weak);
        assertEquals(1, problems.size(), weak + " -> " + problems);
        assertTrue(problems.get(0).contains("common or guessable"), weak + " -> " + problems.get(0));
    }

    @Test
    void aShortPasswordIsRefusedAsShort() {
        List<String> problems = problems("it@example.org", "bravo-demo");
        assertEquals(List.of("set BRAVO_BOOTSTRAP_ADMIN_PASSWORD to at least 12 characters"), problems);
    }
}
