package app.bravo.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration rules a start must pass before Bravo serves anyone. Kept free of CDI so they are tested
 * directly.
 */
public final class StartupGuard {

    /** The session key of the test profile, known to everyone who reads the code: never good enough to serve. */
    public static final String TEST_SESSION_KEY = "bravo-test-session-key-not-for-production-0001";
    /** The key the Foundation shipped for dev mode; still refused wherever it turns up. */
    public static final String OLD_DEV_SESSION_KEY = "bravo-dev-session-key-not-for-production-0001";
    /** The ballot secret of the test profile: public, so never good enough to keep a ballot secret. */
    public static final String TEST_BALLOT_SECRET = "bravo-test-ballot-secret-not-for-production-0001";
    public static final int MIN_SESSION_KEY = 32;
    public static final String KEY_RECIPE = "openssl rand -base64 48";

    private StartupGuard() {
    }

    /** Problems with the configuration of a start, empty when it may go on. */
    public static List<String> check(boolean productionProfile, boolean demoEnabled, Optional<String> sessionKey,
            Optional<String> ballotSecret) {
        List<String> problems = new ArrayList<>();
        if (productionProfile && demoEnabled) {
            problems.add("bravo.demo.enabled is true in the production profile: demo data never goes into production");
        }
        if (productionProfile) {
            sessionKeyProblem(sessionKey.orElse("")).ifPresent(problems::add);
            ballotSecretProblem(ballotSecret.orElse("")).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Why a session key is not good enough, if it is not. Whoever knows the key can forge any session cookie,
     * an administrator's included, so it must be long and random, not a phrase or a pattern.
     */
    public static Optional<String> sessionKeyProblem(String key) {
        return secretProblem("BRAVO_SESSION_KEY", key);
    }

    /**
     * Why a ballot secret is not good enough. Whoever knows it (and reads the database) can work out every voter's
     * key and so link ballots to people: the same rules as the session key.
     */
    public static Optional<String> ballotSecretProblem(String secret) {
        return secretProblem("BRAVO_BALLOT_SECRET", secret);
    }

    private static Optional<String> secretProblem(String variable, String key) {
        String advice = "; make one with `" + KEY_RECIPE + "` and set the same " + variable + " on every instance";
        if (key.isBlank()) {
            return Optional.of(variable + " is not set" + advice);
        }
        if (key.equals(TEST_SESSION_KEY) || key.equals(OLD_DEV_SESSION_KEY) || key.equals(TEST_BALLOT_SECRET)) {
            return Optional.of(variable + " is the public key of the test set-up" + advice);
        }
        if (key.length() < MIN_SESSION_KEY) {
            return Optional.of(variable + " is shorter than " + MIN_SESSION_KEY + " characters" + advice);
        }
        if (!looksRandom(key)) {
            return Optional.of(variable + " is too predictable (repeated or sequential characters)" + advice);
        }
        return Optional.empty();
    }

    /**
     * A rough test of randomness that refuses what people type as placeholders: too few different characters,
     * too little Shannon entropy over the whole key (at least 128 bits), a repeated block, or a run of
     * neighbouring characters (abcd…, 1234…).
     */
    static boolean looksRandom(String key) {
        long distinct = key.chars().distinct().count();
        if (distinct < 12 || entropyBits(key) < 128) {
            return false;
        }
        for (int period = 1; period <= key.length() / 2; period++) {
            if (key.equals(key.substring(period) + key.substring(key.length() - period))) {
                return false;
            }
        }
        int neighbours = 0;
        for (int i = 1; i < key.length(); i++) {
            if (Math.abs(key.charAt(i) - key.charAt(i - 1)) == 1) {
                neighbours++;
            }
        }
        return neighbours * 2 < key.length();
    }

    static double entropyBits(String text) {
        int[] counts = text.chars().collect(() -> new int[65536], (c, ch) -> c[ch]++, (a, b) -> {
        });
        double bitsPerChar = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / text.length();
                bitsPerChar -= p * Math.log(p) / Math.log(2);
            }
        }
        return bitsPerChar * text.length();
    }
}
