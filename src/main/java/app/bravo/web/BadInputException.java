package app.bravo.web;

import java.util.Map;

/** A request whose content breaks a rule; answered with 400 and the messages per field. */
public class BadInputException extends RuntimeException {

    private final transient FormErrors errors;

    public BadInputException(FormErrors errors) {
        super("bad input: " + errors.asMap().keySet());
        this.errors = errors;
    }

    public BadInputException(String field, String message) {
        this(FormErrors.none().add(field, message));
    }

    public FormErrors errors() {
        return errors;
    }

    public Map<String, String> asMap() {
        return errors.asMap();
    }
}
