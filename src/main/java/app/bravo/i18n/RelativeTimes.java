package app.bravo.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.util.ULocale;

/**
 * "2 hours ago", "pre 3 dana", "pred 5 dnevi": how long ago something happened, in a language's own words and
 * plural forms (ICU's CLDR data); a week or more back, the date itself.
 */
public final class RelativeTimes {

    /** ICU's formatters are immutable and thread-safe, and costly to look up once per card: one per language. */
    private static final java.util.Map<String, RelativeDateTimeFormatter> FORMATTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private RelativeTimes() {
    }

    public static String ago(Instant then, Instant now, String language, ZoneId zone) {
        Locale locale = locale(language);
        Duration age = Duration.between(then, now);
        RelativeDateTimeFormatter words = FORMATTERS.computeIfAbsent(locale.toLanguageTag(),
                tag -> RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale)));
        if (age.toMinutes() < 1) {
            return words.format(Direction.PLAIN, AbsoluteUnit.NOW);
        }
        if (age.toHours() < 1) {
            return words.format(age.toMinutes(), Direction.LAST, RelativeUnit.MINUTES);
        }
        if (age.toDays() < 1) {
            return words.format(age.toHours(), Direction.LAST, RelativeUnit.HOURS);
        }
        if (age.toDays() < 7) {
            return words.format(age.toDays(), Direction.LAST, RelativeUnit.DAYS);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(then.atZone(zone));
    }

    /** A day as the language writes it ("5 Dec 2026", "5. 12. 2026."). */
    public static String day(java.time.LocalDate day, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(language)).format(day);
    }

    private static Locale locale(String language) {
        // Serbian is written in Latin script here; ICU and the JDK would pick Cyrillic for plain "sr".
        return Locale.forLanguageTag("sr".equals(language) ? "sr-Latn" : Languages.orDefault(language));
    }
}
