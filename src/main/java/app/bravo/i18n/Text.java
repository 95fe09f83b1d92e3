package app.bravo.i18n;

import java.util.Locale;
import java.util.function.Function;

/**
 * A UI text chosen where the language is not known (a service, a scheduled job) and rendered where it is (a
 * resource, an error mapper, a mail). It names a message of a feature's bundle with its arguments, checked by
 * the compiler: {@code Text.of(PeopleMessages.class, m -> m.error_team_has_members(3))}.
 */
@FunctionalInterface
public interface Text {

    String in(String language);

    default String in(Locale locale) {
        return in(locale.getLanguage());
    }

    static <B> Text of(Class<B> bundle, Function<B, String> message) {
        return language -> message.apply(Messages.get(bundle, language));
    }
}
