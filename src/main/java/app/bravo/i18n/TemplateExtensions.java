package app.bravo.i18n;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

@TemplateExtension
public class TemplateExtensions {

    /** {@code {behaviour.name.local}}: the text in the language the page is rendered in. */
    static String local(LocalizedText text, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (text == null) {
            return "";
        }
        String language = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return text.in(language);
    }

    /** {@code {token.expiresAt.date}}: the day of an instant, as 2026-11-25, in the server's time zone. */
    static String date(java.time.Instant instant) {
        return instant == null ? "" : java.time.LocalDate.ofInstant(instant, java.time.ZoneId.systemDefault()).toString();
    }

    /**
     * {@code {#when count.plural}{#is one}…{#is few}…{#else}…{/when}}: the CLDR plural category of a count in
     * the language the text is rendered in (a message text renders in its bundle's language).
     */
    static Plural plural(Number count, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return Plurals.category(Plurals.language(locale), count == null ? 0 : count.longValue());
    }

    /** {@code {count.fmt}}: a number written the way the render language writes it ("20.000" in Serbian). */
    static String fmt(Number number, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return number == null ? "" : Plurals.format(Plurals.language(locale), number.longValue());
    }
}
