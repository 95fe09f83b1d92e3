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
