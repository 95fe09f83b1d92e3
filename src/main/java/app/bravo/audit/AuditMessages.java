package app.bravo.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The audit log page. Used as <code>{audit:key}</code> in templates; English in <code>messages/audit.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

    @Message
    String audit_title();

    @Message
    String audit_intro();

    @Message
    String audit_at();

    @Message
    String audit_actor();

    @Message
    String audit_action();

    @Message
    String audit_subject();

    @Message
    String audit_detail();

    @Message
    String audit_empty();

    @Message
    String audit_newest();

    @Message
    String audit_older();
}
