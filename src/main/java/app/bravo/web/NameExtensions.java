package app.bravo.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Names in the page chrome. */
@TemplateExtension
public class NameExtensions {

    /** {@code {inject:me.name.initials}}: up to two capital letters for an avatar, "Ana Petrović" → "AP". */
    static String initials(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String part : fullName.trim().split("\\s+")) {
            if (initials.codePointCount(0, initials.length()) == 2) {
                break;
            }
            initials.appendCodePoint(part.codePointAt(0));
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
