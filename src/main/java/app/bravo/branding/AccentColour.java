package app.bravo.branding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organisation's accent colour, {@code #rrggbb}. Buttons put white text on it and links use it as text on
 * white, so it must reach the WCAG AA contrast of 4.5:1 against white (the same ratio either way round).
 */
public record AccentColour(String hex) {

    public static final AccentColour DEFAULT = new AccentColour("#1d4ed8");
    /** The stylesheet's own darker shade of the default (the header); other colours get a computed one. */
    static final String DEFAULT_DARK = "#1e3a8a";
    public static final double MIN_CONTRAST = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    /** The colour of {@code text} when it is written {@code #rrggbb} (any case); empty otherwise. */
    public static Optional<AccentColour> parse(String text) {
        String hex = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return HEX.matcher(hex).matches() ? Optional.of(new AccentColour(hex)) : Optional.empty();
    }

    /** Contrast ratio of white against this colour (1 to 21). */
    public double contrastWithWhite() {
        return 1.05 / (luminance() + 0.05);
    }

    public boolean readableWithWhiteText() {
        return contrastWithWhite() >= MIN_CONTRAST;
    }

    /** A darker shade for the header: the colour mixed with 35 % black, never less readable than the colour. */
    public String dark() {
        if (equals(DEFAULT)) {
            return DEFAULT_DARK;
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", shade(0), shade(1), shade(2));
    }

    private int shade(int channel) {
        return (int) Math.round(channel(channel) * 0.65);
    }

    private int channel(int index) {
        return Integer.parseInt(hex.substring(1 + index * 2, 3 + index * 2), 16);
    }

    /** WCAG relative luminance. */
    double luminance() {
        return 0.2126 * linear(channel(0)) + 0.7152 * linear(channel(1)) + 0.0722 * linear(channel(2));
    }

    private static double linear(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
