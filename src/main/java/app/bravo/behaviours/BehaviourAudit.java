package app.bravo.behaviours;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** Behaviour changes in the audit log, in the reader's language. */
@ApplicationScoped
public class BehaviourAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        BehaviourMessages m = Messages.get(BehaviourMessages.class, language);
        String name = args.getOrDefault("name", "");
        return Optional.ofNullable(switch (action) {
            case "behaviour.created" -> new Description(m.audit_behaviour_created(), name);
            case "behaviour.updated" -> new Description(m.audit_behaviour_updated(),
                    "true".equals(args.get("retired")) ? m.audit_behaviour_retired(name) : name);
            default -> null;
        });
    }
}
