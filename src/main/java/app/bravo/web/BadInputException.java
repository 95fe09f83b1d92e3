package app.bravo.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import app.bravo.i18n.Text;

/**
 * A request whose content breaks a rule, answered with 400 and a message per field. Services raise it without
 * knowing the reader's language; the edge renders the {@link Text}s (a form again, or problem details).
 */
public class BadInputException extends RuntimeException {

    private final transient Map<String, Text> errors;

    public BadInputException(Map<String, Text> errors) {
        super("bad input: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public BadInputException(String field, Text message) {
        this(Map.of(field, message));
    }

    public Map<String, Text> errors() {
        return errors;
    }

    /** The messages in one language, field by field, to mark a form. */
    public FormErrors in(String language) {
        FormErrors localized = FormErrors.none();
        errors.forEach((field, text) -> localized.add(field, text.in(language)));
        return localized;
    }

    /** The first message, for a page that shows just one line. */
    public Text first() {
        return errors.values().iterator().next();
    }
}
