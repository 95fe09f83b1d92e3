package app.bravo.posts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The board's posts. Used as <code>{posts:key}</code> in templates; English in <code>messages/posts.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "posts", locale = "en")
public interface PostMessages {

    @Message
    String kind_recognition();

    @Message
    String recognise_title();

    @Message
    String recognise_lead();

    @Message
    String recognise_edit_title();

    @Message
    String field_recipients();

    @Message
    String recipients_hint();

    @Message
    String recipients_search_label();

    @Message
    String recipients_search_button();

    @Message
    String recipients_none_found(String query);

    @Message
    String recipients_chosen();

    @Message
    String field_team();

    @Message
    String team_none();

    @Message
    String field_behaviours();

    @Message
    String behaviours_hint();

    @Message
    String field_story();

    @Message
    String story_hint();

    @Message
    String story_count(long count);

    @Message
    String field_case_reference();

    @Message
    String case_reference_hint();

    @Message
    String field_internal_service();

    @Message
    String internal_service_badge();

    @Message
    String recognise_submit();

    @Message
    String recognised();

    @Message
    String saved();

    @Message
    String deleted();

    @Message
    String delete_button();

    @Message
    String delete_confirm();

    @Message
    String edit_button();

    @Message
    String error_no_recipient();

    @Message
    String error_only_yourself();

    @Message
    String error_recipient_unavailable();

    @Message
    String error_team_unavailable();

    @Message
    String error_behaviour_unavailable();

    @Message
    String error_edit_window_over();

    @Message
    String applause_give();

    @Message
    String applause_take_back();

    @Message
    String applause_count(int count);

    @Message
    String comments_count(int count);

    @Message
    String comments_title();

    @Message
    String comments_empty();

    @Message
    String comments_more();

    @Message
    String comments_first();

    @Message
    String comment_field();

    @Message
    String comment_hint();

    @Message
    String comment_submit();

    @Message
    String comment_added();

    @Message
    String comment_deleted();

    @Message
    String comment_delete();

    @Message
    String comment_delete_confirm();

    @Message
    String report_post();

    @Message
    String report_comment();

    @Message
    String report_field();

    @Message
    String report_hint();

    @Message
    String report_submit();

    @Message
    String report_sent();

    @Message
    String report_already_sent();

    @Message
    String post_title();

    @Message
    String back_to_board();

    @Message
    String status_pending();

    @Message
    String status_approved();

    @Message
    String status_rejected();

    @Message
    String status_removed();

    @Message
    String rejection_reason(String reason);

    @Message
    String mine_title();

    @Message
    String mine_lead();

    @Message
    String mine_empty();

    @Message
    String audit_comment_deleted();

    @Message
    String audit_comment_removed();

    @Message
    String audit_comment_details(String post);

    @Message
    String audit_recognition_created();

    @Message
    String audit_recognition_updated();

    @Message
    String audit_post_removed();

    @Message
    String mail_recognised_subject(String author);

    @Message
    String mail_recognised_body(String author);

    @Message
    String mail_recognised_link(String url);

    @Message
    String kind_customer_praise();

    @Message
    String kind_inspiration();

    @Message
    String error_name_without_consent();

    @Message
    String error_rule_unavailable();

    @Message
    String sent_to_moderation();

    @Message
    String behaviours_hint_optional();

    @Message
    String mail_praised_subject();

    @Message
    String mail_praised_body();

    @Message
    String mail_story_subject(String author);

    @Message
    String mail_story_body(String author);

    @Message
    String story_title();

    @Message
    String story_edit_title();

    @Message
    String story_lead();

    @Message
    String story_submit();

    @Message
    String field_complaint();

    @Message
    String complaint_hint();

    @Message
    String field_what_we_did();

    @Message
    String what_we_did_hint();

    @Message
    String field_outcome();

    @Message
    String field_resolution();

    @Message
    String field_resolution_unit();

    @Message
    String unit_minutes();

    @Message
    String unit_hours();

    @Message
    String unit_days();

    @Message
    String field_involved();

    @Message
    String involved_hint();

    @Message
    String field_teams_involved();

    @Message
    String teams_hint();

    @Message
    String field_customer_quote();

    @Message
    String customer_quote_hint();

    @Message
    String field_rule();

    @Message
    String rule_hint();

    @Message
    String field_rule_pick();

    @Message
    String rule_none();

    @Message
    String field_rule_new();

    @Message
    String praise_title();

    @Message
    String praise_edit_title();

    @Message
    String praise_lead();

    @Message
    String praise_submit();

    @Message
    String field_customer_words();

    @Message
    String customer_words_hint();

    @Message
    String field_channel();

    @Message
    String channel_choose();

    @Message
    String channel_email();

    @Message
    String channel_phone();

    @Message
    String channel_counter();

    @Message
    String channel_survey();

    @Message
    String channel_social();

    @Message
    String field_received_on();

    @Message
    String field_praised();

    @Message
    String field_teams_praised();

    @Message
    String field_customer();

    @Message
    String customer_privacy_hint();

    @Message
    String field_consent();

    @Message
    String field_customer_name();

    @Message
    String customer_name_hint();

    @Message
    String field_customer_contact();

    @Message
    String customer_contact_hint();

    @Message
    String inspiration_title();

    @Message
    String inspiration_edit_title();

    @Message
    String inspiration_lead();

    @Message
    String inspiration_submit();

    @Message
    String field_example();

    @Message
    String example_hint();

    @Message
    String field_source();

    @Message
    String source_hint();

    @Message
    String field_lesson();

    @Message
    String card_complaint();

    @Message
    String card_what_we_did();

    @Message
    String card_outcome();

    @Message
    String card_rule(String rule);

    @Message
    String card_lesson();

    @Message
    String a_customer();

    @Message
    String resolved_in_days(int count);

    @Message
    String resolved_in_hours(int count);

    @Message
    String resolved_in_minutes(int count);

    @Message
    String audit_post_created();

    @Message
    String audit_post_updated();

    @Message
    String kind_complaint_story();

    @Message
    String customer_data_title();

    @Message
    String customer_data_lead();

    @Message
    String customer_data_search();

    @Message
    String customer_data_none(String customer);

    @Message
    String erase_confirm();

    @Message
    String erase_button(int count);

    @Message
    String erase_nothing();

    @Message
    String erased(int count);

    @Message
    String anonymised();

    @Message
    String anonymise_button();

    @Message
    String audit_customer_anonymised();

    @Message
    String audit_customer_erased();

    @Message
    String error_rule_name();

    @Message
    String error_rule_exists();

    @Message
    String error_rule_merged();

    @Message
    String error_rule_merge_target();

    @Message
    String rule_added();

    @Message
    String rule_kept();

    @Message
    String rule_merged(long count);

    @Message
    String rules_title();

    @Message
    String rules_lead();

    @Message
    String rules_empty();

    @Message
    String rules_name();

    @Message
    String rules_description();

    @Message
    String rules_stories();

    @Message
    String rules_actions();

    @Message
    String rules_proposed();

    @Message
    String rules_retired();

    @Message
    String rules_merged_into(String name);

    @Message
    String rules_keep();

    @Message
    String rules_merge_into();

    @Message
    String rules_merge();

    @Message
    String rules_retire();

    @Message
    String rules_restore();

    @Message
    String rules_add_title();

    @Message
    String rules_add();

    @Message
    String audit_rule_changed();

    @Message
    String error_received_too_early();
}
