package app.bravo.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Login and logout. Used as <code>{security:key}</code> in templates; English in <code>messages/security.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "security", locale = "en")
public interface SecurityMessages {

    @Message
    String login_title();

    @Message
    String login_username();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_failed();

    @Message
    String login_demo_hint();

    @Message
    String logout_title();

    @Message
    String logout_submit();

    @Message
    String tokens_error_name(int max);

    @Message
    String tokens_error_days(int max);

    @Message
    String tokens_error_scopes();

    @Message
    String login_throttled(long minutes);

    @Message
    String login_refused_cross_site();

    @Message
    String audit_service_token_created();

    @Message
    String audit_service_token_revoked();

    @Message
    String audit_personal_token_created();

    @Message
    String audit_personal_token_revoked();

    @Message
    String tokens_title();

    @Message
    String tokens_intro();

    @Message
    String tokens_none();

    @Message
    String tokens_new_heading();

    @Message
    String tokens_name();

    @Message
    String tokens_name_hint();

    @Message
    String tokens_scopes();

    @Message
    String tokens_scope_directory_read();

    @Message
    String tokens_scope_directory_import();

    @Message
    String tokens_scope_feedback_write();

    @Message
    String tokens_days();

    @Message
    String tokens_days_option(int days);

    @Message
    String tokens_create();

    @Message
    String tokens_created();

    @Message
    String tokens_revoke();

    @Message
    String tokens_revoke_confirm();

    @Message
    String tokens_revoked(String name);

    @Message
    String tokens_col_scopes();

    @Message
    String tokens_col_created();

    @Message
    String tokens_col_expires();

    @Message
    String tokens_col_used();

    @Message
    String tokens_status_revoked();

    @Message
    String tokens_status_expired();

    @Message
    String tokens_never();

    @Message
    String tokens_menu();

    @Message
    String tokens_col_name();
}
