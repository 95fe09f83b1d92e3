package app.bravo.awards.voting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.config.BravoConfig;

/**
 * The secret ballot's keys. A ballot is stored under {@code HMAC-SHA256(ballot secret, round|category|person)}:
 * enough for one ballot per voter, but nobody without the secret can tell whose it is. The receipt code a voter
 * gets is random and stored only as its SHA-256.
 */
@ApplicationScoped
public class VoterKeys {

    /** Crockford's base32: no I, L, O or U, so a code read aloud or typed again is not mistaken. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RECEIPT_LENGTH = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    VoterKeys(BravoConfig config) {
        String secret = config.awards().ballotSecret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("bravo.awards.ballot-secret is not set"));
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String voterKey(long roundId, long categoryId, long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((roundId + "|" + categoryId + "|" + personId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A fresh receipt code, grouped for reading: {@code 7KQ2-M9XD-4HRT}. */
    public String newReceipt() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECEIPT_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a receipt code as the voter typed it (any case, with or without dashes or spaces). */
    public static String receiptHash(String code) {
        String normalized = normalize(code);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Upper case, separators dropped, and the letters Crockford's alphabet leaves out read as the digits they look like. */
    static String normalize(String code) {
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder();
        for (char c : upper.toCharArray()) {
            char read = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
            if (ALPHABET.indexOf(read) >= 0) {
                normalized.append(read);
            }
        }
        return normalized.toString();
    }
}
