package app.bravo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.vertx.core.MultiMap;

/**
 * Keeps malformed {@code Accept} and {@code Accept-Language} headers from failing a page: RESTEasy and Qute parse
 * them strictly while choosing a template variant and answer {@code en;q=abc} or {@code ;;;} with a server error.
 * A range that cannot be read is dropped, as {@link app.bravo.i18n.Languages#fromAcceptLanguage} ignores it when
 * choosing the language: the browser still gets its page. A well-formed header is left exactly as it came.
 */
final class HeaderRanges {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String PARAMETER = "\\s*;\\s*" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"[^\"\\\\]*\")";
    private static final Pattern QUALITY = Pattern.compile("(?i);\\s*q\\s*=\\s*([^;,\\s]*)");
    private static final Pattern WEIGHT = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "(" + PARAMETER + ")*\\s*");
    private static final Pattern LANGUAGE_RANGE = Pattern
            .compile("\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(" + PARAMETER + ")*\\s*");
    /** More ranges than any browser sends; the rest is ignored. */
    private static final int MAX_RANGES = 30;

    private HeaderRanges() {
    }

    static void clean(MultiMap headers) {
        clean(headers, "Accept", MEDIA_RANGE);
        clean(headers, "Accept-Language", LANGUAGE_RANGE);
    }

    private static void clean(MultiMap headers, String name, Pattern range) {
        List<String> values = headers.getAll(name);
        if (values.isEmpty()) {
            return;
        }
        String joined = String.join(",", values);
        String cleaned = keepWellFormed(joined, range);
        if (cleaned.equals(joined) && values.size() == 1) {
            return;
        }
        if (cleaned.isEmpty()) {
            headers.remove(name);
        } else {
            headers.set(name, cleaned);
        }
    }

    /** The header with every range that does not read as {@code range} (or has a bad weight) left out. */
    static String keepWellFormed(String header, Pattern range) {
        String[] parts = header.split(",", MAX_RANGES + 1);
        List<String> kept = new ArrayList<>();
        boolean changed = parts.length > MAX_RANGES;
        for (int i = 0; i < Math.min(parts.length, MAX_RANGES); i++) {
            String part = parts[i];
            if (range.matcher(part).matches() && weightIsValid(part)) {
                kept.add(part.trim());
            } else {
                changed = true;
            }
        }
        return changed ? String.join(", ", kept) : header;
    }

    private static boolean weightIsValid(String range) {
        var quality = QUALITY.matcher(range);
        while (quality.find()) {
            if (!WEIGHT.matcher(quality.group(1)).matches()) {
                return false;
            }
        }
        return true;
    }
}
