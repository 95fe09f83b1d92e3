package app.bravo.branding;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** Branding and purpose changes in the audit log, in the reader's language. */
@ApplicationScoped
public class BrandingAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        BrandingMessages m = Messages.get(BrandingMessages.class, language);
        return Optional.ofNullable(switch (action) {
            case "branding.updated" -> new Description(m.audit_branding_updated(),
                    args.getOrDefault("name", "") + " · " + args.getOrDefault("accent", ""));
            case "branding.logo_set" -> new Description(m.audit_logo_set(), args.getOrDefault("type", ""));
            case "branding.logo_removed" -> new Description(m.audit_logo_removed(), "");
            case "branding.purpose_updated" -> new Description(m.audit_purpose_updated(), args.getOrDefault("en", ""));
            default -> null;
        });
    }
}
