package app.bravo.branding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Branding and the purpose statement. Used as <code>{branding:key}</code> in templates; English in <code>messages/branding.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "branding", locale = "en")
public interface BrandingMessages {

    @Message
    String branding_title();

    @Message
    String branding_intro();

    @Message
    String field_name();

    @Message
    String field_accent();

    @Message
    String accent_hint();

    @Message
    String logo_heading();

    @Message
    String logo_current();

    @Message
    String logo_none();

    @Message
    String field_logo();

    @Message
    String logo_hint();

    @Message
    String logo_upload();

    @Message
    String logo_remove();

    @Message
    String logo_remove_confirm();

    @Message
    String saved();

    @Message
    String logo_saved();

    @Message
    String logo_removed();

    @Message
    String error_accent_format();

    @Message
    String error_accent_contrast(String colour, String ratio);

    @Message
    String error_logo_empty();

    @Message
    String error_logo_too_large();

    @Message
    String error_logo_type();

    @Message
    String error_logo_unsafe();

    @Message
    String purpose_title();

    @Message
    String purpose_intro();

    @Message
    String field_purpose();

    @Message
    String purpose_saved();

    @Message
    String purpose_dismiss();

    @Message
    String purpose_edit();

    @Message
    String purpose_label();

    @Message
    String error_purpose_english();

    @Message
    String menu_branding();

    @Message
    String menu_purpose();

    @Message
    String audit_branding_updated();

    @Message
    String audit_logo_set();

    @Message
    String audit_logo_removed();

    @Message
    String audit_purpose_updated();
}
