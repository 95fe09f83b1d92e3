package app.bravo.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

/** Records who did what, in the caller's transaction, so the entry and the change commit together. */
@ApplicationScoped
public class Audit {

    @Inject
    SecurityIdentity identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        entry.action = action;
        entry.subject = abbreviate(subject, 200);
        entry.detail = detail == null ? null : abbreviate(detail, 2000);
        entry.persist();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
