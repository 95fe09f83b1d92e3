package app.bravo.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Field name to a localised message, for re-showing a form with the bad fields marked. The same map goes into
 * the API's problem details.
 */
@io.quarkus.qute.TemplateData
public class FormErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations, WebMessages messages) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            errors.add(field, describe(violation, messages));
        }
        return errors;
    }

    /** Bean Validation constraints mapped to the UI's own words in the request's language. */
    static String describe(ConstraintViolation<?> violation, WebMessages messages) {
        var annotation = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (annotation instanceof NotBlank || annotation instanceof NotNull) {
            return messages.error_required();
        }
        if (annotation instanceof Email || annotation instanceof ValidEmail) {
            return messages.error_email();
        }
        if (annotation instanceof Size) {
            int min = (Integer) attributes.get("min");
            int max = (Integer) attributes.get("max");
            return min == 0 ? messages.error_size_max(max) : messages.error_size(min, max);
        }
        if (annotation instanceof Min || annotation instanceof Max || annotation instanceof Pattern) {
            return messages.error_invalid();
        }
        return messages.error_invalid();
    }

    public FormErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(errors);
    }
}
