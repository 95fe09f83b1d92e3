package app.bravo.board;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** Kiosk links in the audit log, in the reader's language. */
@ApplicationScoped
public class KioskAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        KioskMessages m = Messages.get(KioskMessages.class, language);
        String name = args.getOrDefault("name", "");
        return Optional.ofNullable(switch (action) {
            case "kiosk.created" -> new Description(m.audit_kiosk_created(), name);
            case "kiosk.revoked" -> new Description(m.audit_kiosk_revoked(), name);
            default -> null;
        });
    }
}
