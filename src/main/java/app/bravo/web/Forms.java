package app.bravo.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/** Validates a form's input record and gives the errors in the request's language. */
@ApplicationScoped
public class Forms {

    @Inject
    Validator validator;

    @Inject
    CurrentLocale currentLocale;

    public FormErrors validate(Object input) {
        return FormErrors.of(validator.validate(input), currentLocale.messages());
    }

    public AppMessages messages() {
        return currentLocale.messages();
    }

    /** Parses an id from a form field; null when missing or not a number, which validation then reports. */
    public static Long parseId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Checkbox fields arrive only when ticked. */
    public static boolean checked(String value) {
        return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value);
    }
}
