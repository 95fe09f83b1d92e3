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
}
