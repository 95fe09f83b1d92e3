package app.bravo.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A feature's message bundle in a given language, for Java code; templates use {@code {bundle:key}}. */
public final class Messages {

    private Messages() {
    }

    public static <B> B get(Class<B> bundle, String language) {
        return MessageBundles.get(bundle, Localized.Literal.of(Languages.orDefault(language)));
    }
}
