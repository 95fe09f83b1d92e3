package app.bravo.quality.pulse;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** Target changes in the audit log, in the reader's language. */
@ApplicationScoped
public class TargetAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        PulseMessages m = Messages.get(PulseMessages.class, language);
        String scope = "org".equals(args.get("scope")) ? m.organisation() : args.getOrDefault("scope", "");
        String metric = "NPS".equals(args.get("metric")) ? m.metric_NPS() : m.metric_CSAT_PERCENT();
        String details = m.audit_target_details(scope, metric, args.getOrDefault("goal", ""))
                + (args.containsKey("before") ? " (" + args.get("before") + ")" : "");
        return Optional.ofNullable(switch (action) {
            case "quality.target.set" -> new Description(m.audit_target_set(), details);
            case "quality.target.removed" -> new Description(m.audit_target_removed(), details);
            default -> null;
        });
    }
}
