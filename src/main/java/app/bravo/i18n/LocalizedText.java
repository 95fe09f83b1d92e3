package app.bravo.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A text HR writes once for everyone, in English and optionally in Serbian and Slovenian. A missing
 * translation falls back to English.
 */
@Embeddable
public class LocalizedText {

    @Column(name = "en")
    public String en;

    @Column(name = "sr")
    public String sr;

    @Column(name = "sl")
    public String sl;

    public LocalizedText() {
    }

    public LocalizedText(String en, String sr, String sl) {
        this.en = en;
        this.sr = blankToNull(sr);
        this.sl = blankToNull(sl);
    }

    public String in(String language) {
        String text = switch (language == null ? "" : language) {
            case "sr" -> sr;
            case "sl" -> sl;
            default -> en;
        };
        return text == null || text.isBlank() ? en : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
