package app.bravo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartupGuardTest {

    /** What `openssl rand -base64 48` prints. */
    private static final String RANDOM_KEY = "q3Yh0Zp9m8XbKc1vT4sLr7aWn2eJf6uGd5oHiBkPwE0yRz8tNxMj3lS9QvC7gFhA";
    private static final Optional<String> BALLOT_SECRET = Optional.of("Vb7nQ2xK9pLm4sRt8wYc1zHd6fJg3kNa5eUo0iTq7rSv2yXb");

    @Test
    void productionWithARandomKeyStarts() {
        assertEquals(List.of(), StartupGuard.check(true, false, Optional.of(RANDOM_KEY), BALLOT_SECRET));
    }

    @Test
    void productionWithoutAKeyIsRefusedWithTheRecipe() {
        List<String> problems = StartupGuard.check(true, false, Optional.empty(), BALLOT_SECRET);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("is not set"), problems.get(0));
        assertTrue(problems.get(0).contains("openssl rand -base64 48"), "the message says how to make a key");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // one character: anyone can forge a cookie with it
            "abcabcabcabcabcabcabcabcabcabcabcabc", // a repeated block
            "abcdefghijklmnopqrstuvwxyz0123456789", // a run of neighbours
            "1234567890123456789012345678901234567890" })
    void predictableKeysAreRefused(String key) {
        Optional<String> problem = StartupGuard.sessionKeyProblem(key);
        assertTrue(problem.isPresent(), key);
        assertTrue(problem.get().contains("too predictable"), problem.get());
    }

    @Test
    void shortAndPublicKeysAreRefusedForWhatTheyAre() {
        assertTrue(StartupGuard.sessionKeyProblem("Zx8#kQ2!").orElseThrow().contains("shorter than 32"));
        assertTrue(StartupGuard.sessionKeyProblem(StartupGuard.TEST_SESSION_KEY).orElseThrow().contains("public key"));
        assertTrue(StartupGuard.sessionKeyProblem(StartupGuard.OLD_DEV_SESSION_KEY).orElseThrow()
                .contains("public key"));
    }

    @Test
    void entropyIsCountedOverTheWholeKey() {
        assertEquals(0.0, StartupGuard.entropyBits("aaaaaaaa"), 1e-9);
        assertEquals(8.0, StartupGuard.entropyBits("abababab"), 1e-9, "1 bit per character");
        assertFalse(StartupGuard.looksRandom("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assertTrue(StartupGuard.looksRandom(RANDOM_KEY));
    }

    @Test
    void productionNeedsItsOwnBallotSecret() {
        List<String> missing = StartupGuard.check(true, false, Optional.of(RANDOM_KEY), Optional.empty());
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("BRAVO_BALLOT_SECRET is not set"), missing.get(0));
        List<String> testSecret = StartupGuard.check(true, false, Optional.of(RANDOM_KEY),
                Optional.of(StartupGuard.TEST_BALLOT_SECRET));
        assertTrue(testSecret.get(0).contains("public key"), testSecret.toString());
    }

    @Test
    void demoDataNeverInProduction() {
        List<String> problems = StartupGuard.check(true, true, Optional.of(RANDOM_KEY), BALLOT_SECRET);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("demo data never goes into production"), problems.get(0));
        assertEquals(List.of(), StartupGuard.check(false, true, Optional.empty(), Optional.empty()),
                "demo mode outside production needs nothing");
    }
}
