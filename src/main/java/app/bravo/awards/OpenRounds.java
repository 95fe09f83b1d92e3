package app.bravo.awards;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * For other features' pages ({@code inject:awardRounds.nominating}): the rounds taking nominations now, e.g. for
 * the "Nominate for an award" link of a recognition on its own page.
 */
@Named("awardRounds")
@RequestScoped
public class OpenRounds {

    private List<Round> nominating;

    public List<Round> getNominating() {
        if (nominating == null) {
            nominating = NominationService.nominating();
        }
        return nominating;
    }
}
