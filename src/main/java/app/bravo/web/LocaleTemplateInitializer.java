package app.bravo.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;

/** Renders every template of a web request in that request's language, . */
@ApplicationScoped
public class LocaleTemplateInitializer implements TemplateInstance.Initializer {

    @Inject
    CurrentLocale currentLocale;

    @Override
    public void accept(TemplateInstance instance) {
        // Mail and scheduled rendering run outside a request and keep the default language.
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        instance.setLocale(currentLocale.locale());
    }
}
