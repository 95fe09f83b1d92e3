package app.bravo.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;

/** One line of the append-only audit log. Written only through {@link Audit}. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 254)
    public String actor;

    @Column(nullable = false, length = 60)
    public String action;

    @Column(nullable = false, length = 200)
    public String subject;

    /** English text of entries written before actions carried arguments; shown as it is. */
    @Column(length = 2000)
    public String detail;

    /** The action's arguments as a JSON object of texts. */
    @Column(length = Audit.MAX_ARGS)
    public String args;

    public Map<String, String> arguments() {
        if (args == null || args.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(args, new TypeReference<Map<String, String>>() {
            });
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    /** The moment in the server's time zone, to the second, for the audit page. */
    public String getWhen() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    /**
     * A page of entries, newest first, older than the entry {@code before} when given: keyset paging on
     * (at, id), which the index serves however long the log grows.
     */
    public static List<AuditEntry> page(AuditEntry before, int size) {
        if (before == null) {
            return find("order by at desc, id desc").page(Page.ofSize(size)).list();
        }
        return find("at < ?1 or (at = ?1 and id < ?2) order by at desc, id desc", before.at, before.id)
                .page(Page.ofSize(size)).list();
    }
}
