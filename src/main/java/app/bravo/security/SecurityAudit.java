package app.bravo.security;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** API token changes in the audit log, in the reader's language. */
@ApplicationScoped
public class SecurityAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        SecurityMessages m = Messages.get(SecurityMessages.class, language);
        String name = args.getOrDefault("name", "");
        boolean service = "service".equals(args.get("kind"));
        return Optional.ofNullable(switch (action) {
            case "token.created" -> new Description(service ? m.audit_service_token_created()
                    : m.audit_personal_token_created(), service ? name + " · " + args.getOrDefault("scopes", "") : name);
            case "token.revoked" -> new Description(service ? m.audit_service_token_revoked()
                    : m.audit_personal_token_revoked(), name);
            default -> null;
        });
    }
}
