package app.bravo.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Text;

/** Validates a form's input record and gives the errors, and other texts, in the request's language. */
@ApplicationScoped
public class Forms {

    @Inject
    Validator validator;

    @Inject
    CurrentLocale currentLocale;

    public FormErrors validate(Object input) {
        return FormErrors.of(validator.validate(input), currentLocale.messages(WebMessages.class));
    }

    /** A service's refusal, field by field, in the request's language. */
    public FormErrors errors(BadInputException e) {
        return e.in(currentLocale.getCode());
    }

    public <B> B messages(Class<B> bundle) {
        return currentLocale.messages(bundle);
    }

    public String text(Text text) {
        return currentLocale.text(text);
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

    /** Parses a whole number from a form field; null when missing or not a number. */
    public static Integer parseInt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Checkbox fields arrive only when ticked. */
    public static boolean checked(String value) {
        return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value);
    }
}
