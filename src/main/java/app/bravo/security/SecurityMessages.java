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
}
