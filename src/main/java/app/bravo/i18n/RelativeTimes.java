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

    /** A language's formatters: immutable and thread-safe, and costly to look up once per card. */
    private record Words(RelativeDateTimeFormatter relative, DateTimeFormatter date) {

        static Words of(String language) {
            // Serbian is written in Latin script here; ICU and the JDK would pick Cyrillic for plain "sr".
            Locale locale = Locale.forLanguageTag("sr".equals(language) ? "sr-Latn" : language);
            return new Words(RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale)),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        }
    }

    private static final java.util.Map<String, Words> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private RelativeTimes() {
    }

    public static String ago(Instant then, Instant now, String language, ZoneId zone) {
        Words inLanguage = words(language);
        RelativeDateTimeFormatter words = inLanguage.relative();
        Duration age = Duration.between(then, now);
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
        return inLanguage.date().format(then.atZone(zone));
    }

    /** A day as the language writes it ("5 Dec 2026", "5. 12. 2026."). */
    public static String day(java.time.LocalDate day, String language) {
        return words(language).date().format(day);
    }

    private static Words words(String language) {
        String supported = Languages.orDefault(language); // so the map holds at most one entry per UI language
        Words words = WORDS.get(supported);
        return words != null ? words : WORDS.computeIfAbsent(supported, Words::of);
    }
}
