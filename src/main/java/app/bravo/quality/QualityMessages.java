package app.bravo.quality;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Customer feedback intake: form, list, import and their errors. Used as <code>{quality:key}</code> in templates; English in <code>messages/quality.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "quality", locale = "en")
public interface QualityMessages {

    @Message
    String nav_feedback();

    @Message
    String form_title();

    @Message
    String form_lead();

    @Message
    String form_saved();

    @Message
    String form_show_people();

    @Message
    String form_submit();

    @Message
    String field_team();

    @Message
    String field_person();

    @Message
    String field_person_none();

    @Message
    String field_person_hint();

    @Message
    String field_scale();

    @Message
    String field_score();

    @Message
    String field_score_hint();

    @Message
    String field_channel();

    @Message
    String field_comment();

    @Message
    String field_comment_hint();

    @Message
    String choose();

    @Message
    String channel_email();

    @Message
    String channel_phone();

    @Message
    String channel_counter();

    @Message
    String channel_chat();

    @Message
    String channel_web();

    @Message
    String channel_survey();

    @Message
    String channel_social();

    @Message
    String channel_other();

    @Message
    String scale_csat();

    @Message
    String scale_nps();

    @Message
    String source_form();

    @Message
    String source_import();

    @Message
    String source_api();

    @Message
    String list_title();

    @Message
    String list_intro();

    @Message
    String list_team_all();

    @Message
    String list_filter();

    @Message
    String list_empty();

    @Message
    String list_received();

    @Message
    String list_via();

    @Message
    String list_external_id();

    @Message
    String list_clear_comment();

    @Message
    String list_comment_erased();

    @Message
    String list_comment_cleared();

    @Message
    String list_older();

    @Message
    String list_record();

    @Message
    String list_import();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_rules();

    @Message
    String import_limits(int max);

    @Message
    String import_file();

    @Message
    String import_submit();

    @Message
    String import_line();

    @Message
    String import_problem();

    @Message
    String import_failed(int count);

    @Message
    String import_done(int added, int already);

    @Message
    String import_error_empty();

    @Message
    String import_error_unreadable();

    @Message
    String import_error_too_many(int max);

    @Message
    String import_error_too_large();

    @Message
    String import_error_columns();

    @Message
    String import_error_required();

    @Message
    String import_error_time(String value);

    @Message
    String import_error_scale(String value);

    @Message
    String import_error_score(String value);

    @Message
    String import_error_channel(String value);

    @Message
    String import_error_team(String name);

    @Message
    String import_error_person(String email);

    @Message
    String error_score_range(String scale, String min, String max);

    @Message
    String error_team();

    @Message
    String error_person();

    @Message
    String error_person_team(String team);

    @Message
    String error_received_future();

    @Message
    String error_received_old();

    @Message
    String api_error_body();

    @Message
    String api_error_batch(int max);

    @Message
    String audit_comment_cleared();

    @Message
    String audit_comment_was_empty();
}
