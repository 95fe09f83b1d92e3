package app.bravo.moderation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Moderation. Used as <code>{moderation:key}</code> in templates; English in <code>messages/moderation.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "moderation", locale = "en")
public interface ModerationMessages {

    @Message
    String nav_moderation();

    @Message
    String queue_title();

    @Message
    String queue_lead();

    @Message
    String pending_title(long count);

    @Message
    String pending_empty();

    @Message
    String pending_more();

    @Message
    String reports_title(long count);

    @Message
    String reports_empty();

    @Message
    String reports_more();

    @Message
    String queue_first();

    @Message
    String approve_button();

    @Message
    String reject_field();

    @Message
    String reject_hint();

    @Message
    String reject_button();

    @Message
    String edit_link();

    @Message
    String open_post();

    @Message
    String reported_by(String name);

    @Message
    String reported_reason(String reason);

    @Message
    String reported_comment(String name);

    @Message
    String dismiss_button();

    @Message
    String remove_button();

    @Message
    String remove_confirm();

    @Message
    String approved();

    @Message
    String rejected();

    @Message
    String dismissed();

    @Message
    String removed();

    @Message
    String error_already_decided();

    @Message
    String error_report_closed();

    @Message
    String audit_approved();

    @Message
    String audit_rejected();

    @Message
    String audit_report_dismissed();

    @Message
    String audit_report_removed();

    @Message
    String audit_post(String post);

    @Message
    String audit_comment(String comment);

    @Message
    String error_changed_since_seen();
}
