package app.bravo.board;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The kiosk, its links and the print view. Used as <code>{kiosk:key}</code> in templates; English in
 * <code>messages/kiosk.properties</code>, Serbian and Slovenian beside it.
 */
@MessageBundle(value = "kiosk", locale = "en")
public interface KioskMessages {

    @Message
    String links_menu();

    @Message
    String links_title();

    @Message
    String links_intro();

    @Message
    String links_created();

    @Message
    String links_none();

    @Message
    String links_new_heading();

    @Message
    String links_name();

    @Message
    String links_name_hint();

    @Message
    String links_create();

    @Message
    String links_revoke();

    @Message
    String links_revoke_confirm();

    @Message
    String links_revoked(String name);

    @Message
    String links_error_name(int max);

    @Message
    String links_col_name();

    @Message
    String links_col_created();

    @Message
    String links_col_used();

    @Message
    String links_status_revoked();

    @Message
    String links_never();

    @Message
    String audit_kiosk_created();

    @Message
    String audit_kiosk_revoked();

    @Message
    String kiosk_title();

    @Message
    String kiosk_empty();

    @Message
    String kiosk_new();

    @Message
    String kiosk_unavailable_title();

    @Message
    String kiosk_unavailable_text();

    @Message
    String print_title();

    @Message
    String print_heading();

    @Message
    String print_period(String from, String to);

    @Message
    String print_options();

    @Message
    String print_from();

    @Message
    String print_to();

    @Message
    String print_paper();

    @Message
    String print_show();

    @Message
    String print_button();

    @Message
    String print_hint();

    @Message
    String print_empty();
}
