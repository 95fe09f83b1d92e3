package app.bravo.branding;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.bravo.audit.Audit;
import app.bravo.i18n.LocalizedText;
import app.bravo.i18n.Text;
import app.bravo.web.BadInputException;

/**
 * Changes to the branding row: name and colour, logo, purpose statement. Each change locks the row, bumps its
 * version, is audited in the same transaction, and tells this instance's {@link Branding} after the commit.
 */
@ApplicationScoped
public class BrandingService {

    @Inject
    Audit audit;

    @Inject
    Event<Branding.Changed> changed;

    Clock clock = Clock.systemUTC();

    /** A logo as stored, for serving. */
    public record StoredLogo(byte[] bytes, String contentType, int version) {
    }

    @Transactional
    public void update(BrandingInput input) {
        AccentColour accent = AccentColour.parse(input.accent()).orElseThrow(
                () -> new BadInputException("accent", msg(m -> m.error_accent_format())));
        if (!accent.readableWithWhiteText()) {
            String ratio = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(accent.contrastWithWhite());
            throw new BadInputException("accent", msg(m -> m.error_accent_contrast(accent.hex(), ratio)));
        }
        BrandingSettings settings = BrandingSettings.lockedRow();
        settings.orgName = input.name().strip();
        settings.accent = accent.hex();
        settings.changed(clock.instant());
        audit.record("branding.updated", "branding", Map.of("name", settings.orgName, "accent", settings.accent));
        changed.fire(new Branding.Changed());
    }

    /** Makes these bytes the logo when {@link LogoCheck} lets them; otherwise a refusal on the field "logo". */
    @Transactional
    public void setLogo(byte[] bytes) {
        LogoCheck.Logo logo;
        try {
            logo = LogoCheck.check(bytes);
        } catch (LogoCheck.Refused e) {
            throw new BadInputException("logo", switch (e.refusal()) {
                case EMPTY -> msg(m -> m.error_logo_empty());
                case TOO_LARGE -> msg(m -> m.error_logo_too_large());
                case NOT_AN_IMAGE -> msg(m -> m.error_logo_type());
                case UNSAFE_SVG -> msg(m -> m.error_logo_unsafe());
            });
        }
        BrandingSettings settings = BrandingSettings.lockedRow();
        settings.logo = logo.bytes();
        settings.logoType = logo.contentType();
        settings.changed(clock.instant());
        audit.record("branding.logo_set", "branding",
                Map.of("type", logo.contentType(), "bytes", logo.bytes().length));
        changed.fire(new Branding.Changed());
    }

    @Transactional
    public void removeLogo() {
        BrandingSettings settings = BrandingSettings.lockedRow();
        if (settings.logoType == null) {
            return;
        }
        settings.logo = null;
        settings.logoType = null;
        settings.changed(clock.instant());
        audit.record("branding.logo_removed", "branding");
        changed.fire(new Branding.Changed());
    }

    /** HR's statement; English is required once any language is written (it is the fallback). */
    @Transactional
    public void updatePurpose(PurposeInput input) {
        boolean english = input.en() != null && !input.en().isBlank();
        boolean translated = input.sr() != null && !input.sr().isBlank() || input.sl() != null && !input.sl().isBlank();
        if (!english && translated) {
            throw new BadInputException("en", msg(m -> m.error_purpose_english()));
        }
        BrandingSettings settings = BrandingSettings.lockedRow();
        settings.purpose = english ? new LocalizedText(input.en().strip(), input.sr(), input.sl()) : null;
        settings.changed(clock.instant());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("en", english ? settings.purpose.en : "");
        audit.record("branding.purpose_updated", "branding", args);
        changed.fire(new Branding.Changed());
    }

    /** The stored logo, or null when there is none. */
    @Transactional
    public StoredLogo logo() {
        BrandingSettings settings = BrandingSettings.findById(BrandingSettings.ID);
        return settings == null || settings.logoType == null ? null
                : new StoredLogo(settings.logo, settings.logoType, settings.version);
    }

    private static Text msg(Function<BrandingMessages, String> message) {
        return Text.of(BrandingMessages.class, message);
    }
}
