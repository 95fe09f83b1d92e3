package app.bravo.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Records who did what, in the caller's transaction, so the entry and the change commit together. An entry
 * stores an action code and its arguments, never sentences: the audit page words them in the reader's
 * language (see {@link AuditDescriber}).
 */
@ApplicationScoped
public class Audit {

    static final int MAX_ARGS = 2000;

    @Inject
    Actor actor;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subject) {
        record(action, subject, Map.of());
    }

    /** {@code args} values are kept as text; their order is kept too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subject, Map<String, ?> args) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = abbreviate(actor.username(), 254);
        entry.action = action;
        entry.subject = abbreviate(subject, 200);
        entry.args = encode(args);
        entry.persist();
    }

    private String encode(Map<String, ?> args) {
        if (args.isEmpty()) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        int budget = MAX_ARGS / Math.max(1, args.size()) - 16;
        args.forEach((key, value) -> texts.put(key, value == null ? "" : abbreviate(value.toString(), budget)));
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit arguments are always plain text", e);
        }
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
