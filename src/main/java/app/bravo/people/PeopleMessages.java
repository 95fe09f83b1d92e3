package app.bravo.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The directory: people, teams, the staff import, the own account and its mail. Used as <code>{people:key}</code> in templates; English in <code>messages/people.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "people", locale = "en")
public interface PeopleMessages {

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
    String people_count_more(long count);

    @Message
    String people_none(String query);

    @Message
    String people_inactive();

    @Message
    String people_recognise(String name);

    @Message
    String people_board();

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
    String teams_members(long count);

    @Message
    String teams_members_more(long count);

    @Message
    String teams_no_members();

    @Message
    String teams_empty();

    @Message
    String teams_department_hint();

    @Message
    String teams_saved(String name);

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
    String error_email_taken();

    @Message
    String error_team_taken();

    @Message
    String error_admin_only();

    @Message
    String error_cannot_deactivate_self();

    @Message
    String mail_new_password_subject();

    @Message
    String mail_greeting(String name);

    @Message
    String mail_new_password_body();

    @Message
    String mail_new_password_login(String url);

    @Message
    String error_cannot_mail_inactive();

    @Message
    String error_team_has_members(int count);

    @Message
    String error_cannot_change_own_role();

    @Message
    String teams_inactive();

    @Message
    String teams_active_label();

    @Message
    String import_error_team_inactive(String team);

    @Message
    String password_error_long(int max);

    @Message
    String password_error_weak();

    @Message
    String error_team_unavailable();

    @Message
    String audit_person_created();

    @Message
    String audit_person_updated();

    @Message
    String audit_person_details(String email, String role);

    @Message
    String audit_deactivated();

    @Message
    String audit_reactivated();

    @Message
    String audit_team_created();

    @Message
    String audit_team_updated();

    @Message
    String audit_team_details(String name, String department);

    @Message
    String audit_password_changed();

    @Message
    String audit_password_reset();

    @Message
    String audit_people_imported();

    @Message
    String audit_import_details(int created, int updated, int unchanged);

    @Message
    String account_title();

    @Message
    String account_intro(String email);

    @Message
    String account_notices_heading();

    @Message
    String account_notices_label();

    @Message
    String account_notices_on();

    @Message
    String account_notices_off();

    @Message
    String account_sessions_heading();

    @Message
    String account_sessions_text();

    @Message
    String account_sign_out_everywhere();

    @Message
    String account_sign_out_everywhere_confirm();

    @Message
    String account_signed_out_everywhere();

    @Message
    String account_password_heading();

    @Message
    String account_tokens_heading();

    @Message
    String account_tokens_text();

    @Message
    String account_tokens_none();

    @Message
    String account_token_new_heading();

    @Message
    String account_token_name();

    @Message
    String account_token_name_hint();

    @Message
    String account_token_days();

    @Message
    String account_token_days_option(int days);

    @Message
    String account_token_create();

    @Message
    String account_token_created();

    @Message
    String account_token_revoke_confirm();

    @Message
    String account_token_revoked(String name);

    @Message
    String import_limits(int max);

    @Message
    String import_done_teams(int created, int moved);

    @Message
    String audit_department_created();

    @Message
    String audit_team_moved(String from);

    @Message
    String audit_changed_name(String from, String to);

    @Message
    String audit_changed_team(String from, String to);

    @Message
    String audit_changed_role(String from, String to);

    @Message
    String audit_via_import();

    @Message
    String audit_import_teams(int created, int moved);

    @Message
    String teams_board();
}
