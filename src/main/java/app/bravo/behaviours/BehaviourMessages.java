package app.bravo.behaviours;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Service behaviours: pages and their errors. Used as <code>{behaviours:key}</code> in templates; English in <code>messages/behaviours.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "behaviours", locale = "en")
public interface BehaviourMessages {

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
    String field_name();

    @Message
    String field_description();

    @Message
    String field_example();

    @Message
    String error_behaviour_taken();

    @Message
    String audit_behaviour_created();

    @Message
    String audit_behaviour_updated();

    @Message
    String audit_behaviour_retired(String name);
}
