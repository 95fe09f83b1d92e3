package app.bravo.web;

import java.util.Locale;

/** The two letters of an initials avatar: the first letters of the first two words of a name. */
public final class Initials {

    private Initials() {
    }

    public static String of(String name) {
        String[] parts = name.trim().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < parts.length && initials.length() < 2; i++) {
            if (!parts[i].isEmpty()) {
                initials.appendCodePoint(parts[i].codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
