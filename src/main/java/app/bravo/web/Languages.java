package app.bravo.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The UI languages: English (the default), Serbian in Latin script, Slovenian. */
public final class Languages {

    public static final String DEFAULT = "en";
    public static final List<String> SUPPORTED = List.of("en", "sr", "sl");

    private Languages() {
    }

    /**
     * Maps a language tag to a supported UI language: sr, sr-Latn-RS, sh, bs, hr and cnr read Serbian Latin
     * comfortably; anything else unknown gives empty.
     */
    public static Optional<String> match(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "en" -> Optional.of("en");
            case "sr", "sh", "bs", "hr", "cnr" -> Optional.of("sr");
            case "sl" -> Optional.of("sl");
            default -> Optional.empty();
        };
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }
}
