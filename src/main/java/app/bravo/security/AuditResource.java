package app.bravo.security;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.audit.AuditDescriber;
import app.bravo.audit.AuditEntry;
import app.bravo.i18n.CurrentLocale;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** The audit log for HR and administrators: who changed what, worded in the reader's language. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    static final int PAGE_SIZE = 100;

    @TemplateData
    public record Row(long id, String when, String actor, String what, String subject, String details) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, Long olderThan, boolean first);
    }

    @Inject
    @Any
    Instance<AuditDescriber> describers;

    @Inject
    CurrentLocale currentLocale;

    @GET
    @RolesAllowed({ Role.HR_NAME, Role.ADMIN_NAME })
    public TemplateInstance list(@RestQuery String before) {
        Long cursorId = Forms.parseId(before);
        AuditEntry cursor = cursorId == null ? null : AuditEntry.findById(cursorId);
        List<AuditEntry> entries = AuditEntry.page(cursor, PAGE_SIZE + 1);
        boolean more = entries.size() > PAGE_SIZE;
        List<Row> rows = entries.stream().limit(PAGE_SIZE).map(this::row).toList();
        Long olderThan = more ? rows.get(rows.size() - 1).id() : null;
        return Templates.list(rows, olderThan, cursor == null);
    }

    private Row row(AuditEntry entry) {
        Map<String, String> args = entry.arguments();
        String language = currentLocale.getCode();
        for (AuditDescriber describer : describers) {
            var described = describer.describe(entry.action, args, language);
            if (described.isPresent()) {
                return new Row(entry.id, entry.getWhen(), entry.actor, described.get().what(), entry.subject,
                        described.get().details());
            }
        }
        String details = entry.detail != null ? entry.detail : String.join(", ", args.values());
        return new Row(entry.id, entry.getWhen(), entry.actor, entry.action, entry.subject, details);
    }
}
