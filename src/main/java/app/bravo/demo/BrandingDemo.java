package app.bravo.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.bravo.branding.BrandingSettings;
import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.i18n.LocalizedText;
import app.bravo.people.Person;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo board's purpose statement in the three languages. Loaded only in demo mode, only into a demo
 * organisation, and only while nobody has ever changed the branding (version 0).
 */
@ApplicationScoped
public class BrandingDemo {

    static LocalizedText purpose() {
        return new LocalizedText(
                "Every customer we help well tells others about us, and every colleague we help serves a customer "
                        + "better. Great service is how we earn trust, one conversation at a time.",
                "Svaki kupac kome dobro pomognemo priča drugima o nama, a svaki kolega kome pomognemo bolje služi "
                        + "kupcu. Odličnom uslugom zaslužujemo poverenje, razgovor po razgovor.",
                "Vsaka stranka, ki ji dobro pomagamo, o nas pripoveduje drugim, in vsak sodelavec, ki mu pomagamo, "
                        + "bolje postreže stranki. Z odlično storitvijo si zaslužimo zaupanje, pogovor za pogovorom.");
    }

    @Inject
    BravoConfig config;

    @Transactional
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 16) StartupEvent event) {
        if (!config.demo().enabled() || Person.count("email like ?1", "%" + DemoData.DOMAIN) == 0) {
            return;
        }
        BrandingSettings settings = BrandingSettings.findById(1);
        if (settings != null && settings.version == 0) {
            settings.purpose = purpose();
            settings.version = 1;
        }
    }
}
