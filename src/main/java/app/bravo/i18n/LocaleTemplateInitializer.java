package app.bravo.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/** Renders every template of a web request in that request's language. */
@ApplicationScoped
public class LocaleTemplateInitializer {

    void registerOn(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(LocaleTemplateInitializer::applyRequestLocale);
    }

    static void applyRequestLocale(TemplateInstance instance) {
        // Mail and scheduled rendering run outside a web request and set their locale themselves.
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        // A message text is a template of its own, built from a string (no variant): it renders in its bundle's
        // language (Qute sets sr or sl; the English default bundle sets none), not the request's. Otherwise an
        // English text asked for in a Serbian request (a mail to an English reader) would count by Serbian rules.
        if (instance.getTemplate().getVariant().isEmpty()) {
            return;
        }
        CurrentLocale currentLocale = Arc.container().instance(CurrentLocale.class).get();
        instance.setLocale(currentLocale.locale());
    }
}
