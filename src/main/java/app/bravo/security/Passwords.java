package app.bravo.security;

import java.security.SecureRandom;
import java.util.Base64;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Password helpers shared by account creation, import and reset. */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile String lockedHash;

    private Passwords() {
    }

    /**
     * A bcrypt hash of a random secret nobody keeps: accounts created by HR or the import cannot log in until
     * an admin sends them a password. Computed once, because bcrypt is deliberately slow.
     */
    public static String lockedHash() {
        String hash = lockedHash;
        if (hash == null) {
            hash = BcryptUtil.bcryptHash(randomSecret(32));
            lockedHash = hash;
        }
        return hash;
    }

    public static String hash(String plain) {
        return BcryptUtil.bcryptHash(plain);
    }

    public static boolean matches(String plain, String hash) {
        return plain != null && hash != null && BcryptUtil.matches(plain, hash);
    }

    public static String randomSecret(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** A temporary password that is easy to type from a mail: 16 letters and digits. */
    public static String temporary() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
