package app.bravo.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** One line of the append-only audit log. Written only through {@link Audit}. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 254)
    public String actor;

    @Column(nullable = false, length = 60)
    public String action;

    @Column(nullable = false, length = 200)
    public String subject;

    @Column(length = 2000)
    public String detail;

    /** The moment in the server's time zone, to the second, for the audit page. */
    public String getWhen() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    public static List<AuditEntry> latest(int count) {
        return findAll(Sort.descending("at", "id")).page(Page.ofSize(count)).list();
    }
}
