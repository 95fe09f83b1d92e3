package app.bravo.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers, for a few minutes, that a login name and password were verified against a given bcrypt hash, so a
 * script calling the API with Basic auth pays for bcrypt (about 60 ms of CPU) once, not on every request. The
 * key is an HMAC of name and password under a random per-instance key: the cache never holds a password, and
 * its keys are useless outside this process. An entry counts only while the account still has the same hash,
 * so a changed or reset password ends it at once.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(long accountId, String passwordHash, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this name and password were verified against exactly this account and hash a short while ago. */
    public boolean isVerified(String username, char[] password, Logins.Login login, Instant now) {
        Entry entry = entries.get(key(username, password));
        return entry != null && entry.accountId() == login.accountId()
                && entry.passwordHash().equals(login.passwordHash()) && now.isBefore(entry.expires());
    }

    public void remember(String username, char[] password, Logins.Login login, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(username, password), new Entry(login.accountId(), login.passwordHash(), now.plus(TTL)));
    }

    private String key(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
