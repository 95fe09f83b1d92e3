package app.bravo.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The UI languages: English (the default), Serbian in Latin script, Slovenian. */
public final class Languages {

    public static final String DEFAULT = "en";
    public static final List<String> SUPPORTED = List.of("en", "sr", "sl");

    /** The security identity attribute holding the language a signed-in person chose. */
    public static final String IDENTITY_ATTRIBUTE = "bravo.language";

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

    /** A supported language code, or the default for anything else (null included). */
    public static String orDefault(String code) {
        return isSupported(code) ? code : DEFAULT;
    }

    /**
     * The best UI language an {@code Accept-Language} header asks for. Lenient on purpose: a browser (or a bot)
     * sending {@code en;q=abc} gets a page, not an error; an unreadable weight counts as 0.
     */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        record Weighted(String tag, double weight, int position) {
        }
        List<Weighted> ranges = new ArrayList<>();
        String[] parts = header.split(",", 20);
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].split(";");
            double weight = 1.0;
            for (int f = 1; f < fields.length; f++) {
                String parameter = fields[f].trim();
                if (parameter.startsWith("q=")) {
                    weight = parseWeight(parameter.substring(2));
                }
            }
            if (weight > 0) {
                ranges.add(new Weighted(fields[0].trim(), weight, i));
            }
        }
        return ranges.stream()
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed().thenComparingInt(Weighted::position))
                .map(range -> match(range.tag()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static double parseWeight(String text) {
        try {
            double weight = Double.parseDouble(text.trim());
            return weight >= 0 && weight <= 1 ? weight : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
