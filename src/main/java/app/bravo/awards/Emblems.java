package app.bravo.awards;

import java.util.List;

/**
 * The built-in programme emblems: safe SVGs shipped with the app under {@code /emblems/<key>.svg}.
 * Uploading an SVG is not offered yet (see the branding logo check for what that needs).
 */
public final class Emblems {

    public static final List<String> KEYS = List.of("star", "trophy", "medal", "heart", "laurel");

    private Emblems() {
    }

    public static boolean known(String key) {
        return key != null && KEYS.contains(key);
    }

    public static String url(String key) {
        return "/img/emblems/" + (known(key) ? key : KEYS.get(0)) + ".svg";
    }
}
