package app.bravo.awards.voting;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * For templates: {@code inject:awardWinners.ofPerson(id)} (a profile's badges, {@code {#awardBadges personId=… /}}).
 */
@Named("awardWinners")
@RequestScoped
public class AwardWinners {

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    public List<HallOfFame.Entry> ofPerson(long personId) {
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting()
                .call(() -> HallOfFame.ofPerson(personId, language, config.timeZone()));
    }
}
