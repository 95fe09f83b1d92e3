package app.bravo.i18n;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * Counting in the UI languages, after CLDR through ICU4J: which plural form a number takes ("1 član", "2 člana",
 * "5 članova") and how it is written ("20,000" in English, "20.000" in Serbian and Slovenian, "1234" in
 * Slovenian, which groups from five digits). Message texts use it through the template extensions
 * {@code {count.plural}} and {@code {count.fmt}}; Java code calls the bundle method, whose text does the rest.
 */
public final class Plurals {

    private static final Map<String, PluralRules> RULES = new ConcurrentHashMap<>();
    private static final Map<String, LocalizedNumberFormatter> NUMBERS = new ConcurrentHashMap<>();

    private Plurals() {
    }

    /** The plural category of a whole number in a UI language (unknown languages count as English). */
    public static Plural category(String language, long number) {
        return Plural.valueOf(rules(language).select(number));
    }

    /** The categories a language distinguishes, e.g. one, few and other for Serbian. */
    public static Set<Plural> categories(String language) {
        Set<Plural> categories = EnumSet.noneOf(Plural.class);
        rules(language).getKeywords().forEach(keyword -> categories.add(Plural.valueOf(keyword)));
        return categories;
    }

    /** A number as the language writes it, with its digit grouping. */
    public static String format(String language, long number) {
        return NUMBERS.computeIfAbsent(Languages.orDefault(language),
                l -> NumberFormatter.withLocale(Locale.forLanguageTag(l))).format(number).toString();
    }

    /**
     * The UI language of a template's locale attribute: a {@link Locale}, a language tag, or nothing (English,
     * the default bundle's language).
     */
    public static String language(Object locale) {
        if (locale instanceof Locale l) {
            return Languages.match(l.toLanguageTag()).orElse(Languages.DEFAULT);
        }
        return locale == null ? Languages.DEFAULT : Languages.match(locale.toString()).orElse(Languages.DEFAULT);
    }

    private static PluralRules rules(String language) {
        return RULES.computeIfAbsent(Languages.orDefault(language), l -> PluralRules.forLocale(new ULocale(l)));
    }
}
