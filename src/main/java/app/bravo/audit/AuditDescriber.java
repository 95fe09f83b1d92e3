package app.bravo.audit;

import java.util.Map;
import java.util.Optional;

/**
 * Words a feature's audit actions in a reader's language. Each feature that records actions provides one
 * bean; the audit page asks them in turn, so audit needs to know no feature.
 */
public interface AuditDescriber {

    /** What happened and its details, for the actions this feature records; empty for any other action. */
    Optional<Description> describe(String action, Map<String, String> args, String language);

    record Description(String what, String details) {
    }
}
