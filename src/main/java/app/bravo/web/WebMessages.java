package app.bravo.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts shared by every page: layout, navigation, forms, paging and error pages. Used as <code>{msg:key}</code> in templates; English in <code>messages/msg.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "msg", locale = "en")
public interface WebMessages {

    @Message
    String layout_skip();

    @Message
    String nav_label();

    @Message
    String nav_board();

    @Message
    String nav_people();

    @Message
    String nav_teams();

    @Message
    String nav_behaviours();

    @Message
    String nav_import();

    @Message
    String nav_audit();

    @Message
    String nav_api();

    @Message
    String nav_menu();

    @Message
    String lang_label();

    @Message
    String lang_switch();

    @Message
    String menu_profile();

    @Message
    String menu_account();

    @Message
    String menu_logout();

    @Message
    String footer_text();

    @Message
    String form_choose();

    @Message
    String form_has_errors();

    @Message
    String action_save();

    @Message
    String action_cancel();

    @Message
    String action_edit();

    @Message
    String pager_label();

    @Message
    String pager_previous();

    @Message
    String pager_next();

    @Message
    String pager_first();

    @Message
    String error_required();

    @Message
    String error_email();

    @Message
    String error_size(int min, int max);

    @Message
    String error_invalid();

    @Message
    String error_400_title();

    @Message
    String error_400_detail();

    @Message
    String error_403_title();

    @Message
    String error_403_detail();

    @Message
    String error_404_title();

    @Message
    String error_404_detail();

    @Message
    String error_500_title();

    @Message
    String error_500_detail();

    @Message
    String error_other_title(int status);

    @Message
    String error_other_detail();

    @Message
    String error_reference(String reference);

    @Message
    String error_home();

    @Message
    String error_search_people();

    @Message
    String error_form_expired_title();

    @Message
    String error_form_expired_detail();

    @Message
    String error_size_max(int max);

    @Message
    String error_409_title();

    @Message
    String error_409_detail();

    @Message
    String error_401_title();

    @Message
    String error_401_detail();

    @Message
    String error_413_title();

    @Message
    String error_413_detail();

    @Message
    String error_429_title();

    @Message
    String error_429_detail();

    @Message
    String error_503_title();

    @Message
    String error_503_detail();

    @Message
    String error_nul();
}
