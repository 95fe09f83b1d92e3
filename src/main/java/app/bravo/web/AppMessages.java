package app.bravo.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI text, used as {@code {msg:key}} in templates and through {@link CurrentLocale#messages()} in Java.
 * English lives in {@code messages/msg.properties}, Serbian (Latin) in {@code msg_sr}, Slovenian in
 * {@code msg_sl}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

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
    String lang_label();

    @Message
    String lang_switch();

    @Message
    String menu_profile();

    @Message
    String menu_password();

    @Message
    String menu_logout();

    @Message
    String footer_text();

    @Message
    String home_title();

    @Message
    String home_greeting(String name);

    @Message
    String home_lead();

    @Message
    String home_board_heading();

    @Message
    String home_board_empty();

    @Message
    String home_behaviours_heading();

    @Message
    String home_stats_label();

    @Message
    String home_stats_people(long count);

    @Message
    String home_stats_teams(long count);

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
    String password_title();

    @Message
    String password_current();

    @Message
    String password_new();

    @Message
    String password_confirm();

    @Message
    String password_submit();

    @Message
    String password_hint(int min);

    @Message
    String password_changed();

    @Message
    String password_error_current();

    @Message
    String password_error_same();

    @Message
    String password_error_confirm();

    @Message
    String people_title();

    @Message
    String people_new();

    @Message
    String people_edit_title();

    @Message
    String people_search_label();

    @Message
    String people_search_placeholder();

    @Message
    String people_search_submit();

    @Message
    String people_show_inactive();

    @Message
    String people_count(long count);

    @Message
    String people_none(String query);

    @Message
    String people_inactive();

    @Message
    String people_created(String name);

    @Message
    String people_saved(String name);

    @Message
    String people_send_password();

    @Message
    String people_send_password_confirm();

    @Message
    String people_password_sent(String email);

    @Message
    String teams_title();

    @Message
    String teams_new();

    @Message
    String teams_edit_title();

    @Message
    String teams_members(int count);

    @Message
    String teams_no_members();

    @Message
    String teams_empty();

    @Message
    String teams_department_hint();

    @Message
    String teams_saved(String name);

    @Message
    String behaviours_title();

    @Message
    String behaviours_intro();

    @Message
    String behaviours_new();

    @Message
    String behaviours_edit_title();

    @Message
    String behaviours_empty();

    @Message
    String behaviours_retired();

    @Message
    String behaviours_active();

    @Message
    String behaviours_translation_hint();

    @Message
    String behaviours_saved(String name);

    @Message
    String field_fullName();

    @Message
    String field_email();

    @Message
    String field_jobTitle();

    @Message
    String field_team();

    @Message
    String field_teamName();

    @Message
    String field_department();

    @Message
    String field_role();

    @Message
    String field_active();

    @Message
    String field_name();

    @Message
    String field_description();

    @Message
    String field_example();

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
    String role_employee();

    @Message
    String role_moderator();

    @Message
    String role_hr();

    @Message
    String role_admin();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_rules();

    @Message
    String import_file();

    @Message
    String import_submit();

    @Message
    String import_done(int created, int updated, int unchanged);

    @Message
    String import_failed(int count);

    @Message
    String import_line();

    @Message
    String import_problem();

    @Message
    String import_error_no_file();

    @Message
    String import_error_too_large();

    @Message
    String import_error_empty();

    @Message
    String import_error_unreadable();

    @Message
    String import_error_too_many(int max);

    @Message
    String import_error_columns(int count);

    @Message
    String import_error_name();

    @Message
    String import_error_name_long();

    @Message
    String import_error_email(String email);

    @Message
    String import_error_team();

    @Message
    String import_error_department();

    @Message
    String import_error_role(String role);

    @Message
    String import_error_duplicate(String email, int line);

    @Message
    String import_error_team_department(String team, String department, int line);

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
    String pager_label();

    @Message
    String pager_previous();

    @Message
    String pager_next();

    @Message
    String pager_status(int page, int total);

    @Message
    String error_required();

    @Message
    String error_email();

    @Message
    String error_size(int min, int max);

    @Message
    String error_invalid();

    @Message
    String error_email_taken();

    @Message
    String error_team_taken();

    @Message
    String error_behaviour_taken();

    @Message
    String error_admin_only();

    @Message
    String error_cannot_deactivate_self();

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
    String mail_new_password_subject();

    @Message
    String mail_greeting(String name);

    @Message
    String mail_new_password_body();

    @Message
    String mail_new_password_login(String url);

    @Message
    String error_form_expired_title();

    @Message
    String error_form_expired_detail();

    @Message
    String error_cannot_mail_inactive();

    @Message
    String error_team_has_members(int count);

    @Message
    String error_cannot_change_own_role();

    @Message
    String error_size_max(int max);

    @Message
    String teams_inactive();

    @Message
    String teams_active_label();

    @Message
    String import_error_team_inactive(String team);

    @Message
    String logout_title();

    @Message
    String logout_submit();

    @Message
    String error_409_title();

    @Message
    String error_409_detail();
}
