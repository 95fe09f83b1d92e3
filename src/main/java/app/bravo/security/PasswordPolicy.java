package app.bravo.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What makes a password acceptable, for people changing theirs and for the first administrator. Length alone
 * lets "123456789012" and "Welcome12345" through; Dropbox's zxcvbn estimator scores how guessable a password
 * is (0–4) against common passwords, names, keyboard patterns and dates, and against words of our own.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads 72 bytes; a longer password would be silently cut. */
    public static final int MAX_LENGTH = 72;
    /** zxcvbn's "safely unguessable" level. */
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    public enum Problem {
        TOO_SHORT, TOO_LONG, GUESSABLE
    }

    private PasswordPolicy() {
    }

    /**
     * What is wrong with a password, if anything. {@code personal} are words an attacker would try first: the
     * person's e-mail and name, the organisation's, the demo password.
     */
    public static Optional<Problem> check(String password, int minLength, List<String> personal) {
        if (password == null || password.length() < minLength) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (ESTIMATOR.measure(password, words(personal)).getScore() < MIN_SCORE) {
            return Optional.of(Problem.GUESSABLE);
        }
        return Optional.empty();
    }

    /** The personal words and their parts: "ana.petrovic@demo.bravo" also gives "ana", "petrovic", "demo". */
    static List<String> words(List<String> personal) {
        List<String> words = new ArrayList<>(List.of("bravo", "bravo-demo", "password", "admin", "lozinka", "geslo"));
        for (String text : personal) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            words.add(lower);
            for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
