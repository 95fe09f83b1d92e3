package app.bravo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.bravo.awards.Cadence;
import app.bravo.awards.Category;
import app.bravo.awards.CategoryInput;
import app.bravo.awards.NominationInput;
import app.bravo.awards.NominationService;
import app.bravo.awards.NomineeKind;
import app.bravo.awards.Phase;
import app.bravo.awards.Programme;
import app.bravo.awards.ProgrammeInput;
import app.bravo.awards.ProgrammeService;
import app.bravo.awards.Round;
import app.bravo.awards.RoundInput;
import app.bravo.awards.RoundService;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.awards.voting.BallotService;
import app.bravo.awards.voting.ResultService;
import app.bravo.awards.voting.StoredResult;
import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.people.Person;
import app.bravo.people.Team;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo's award programme, run through the same services HR and employees use: one round nominated, voted,
 * counted and announced (winners on the board, a hall of fame entry, published ballots and receipts), and the
 * programme's next round, opened for voting, in which Ana and most colleagues have not voted yet. Loaded after
 * the demo board, only in demo mode and only while there is no programme.
 */
@ApplicationScoped
public class AwardsDemo {

    private static final Logger LOG = Logger.getLogger(AwardsDemo.class);

    /** Who votes in the announced round (nobody here is a finalist of a person category there). */
    private static final List<String> VOTERS = List.of("Marko Jovanović", "Jelena Nikolić", "Nikola Ilić",
            "Stefan Đorđević", "Tanja Stojanović", "Luka Horvat", "Milica Pavlović", "Nenad Popović",
            "Ivana Marković", "Bojan Todorović", "Sara Zupan", "Miloš Živković", "Dejan Vidmar", "Jovana Golob",
            "Petar Lazić", "Nina Kralj", "Gregor Kovačič", "Špela Oblak", "Irena Hribar", "Biljana Jović");

    @Inject
    BravoConfig config;

    @Inject
    ProgrammeService programmes;

    @Inject
    RoundService rounds;

    @Inject
    NominationService nominations;

    @Inject
    BallotService ballots;

    @Inject
    ResultService results;

    @Inject
    ObjectMapper json;

    void onStart(@Observes @Priority(ConfigCheck.FIRST + 30) StartupEvent event) {
        if (!config.demo().enabled() || QuarkusTransaction.requiringNew().call(() -> Programme.count()) > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Programme programme = programmes.createProgramme(new ProgrammeInput("Service Star", "Zvezda usluge",
                "Zvezda storitev",
                "Every quarter we celebrate the colleagues and teams whose service customers and colleagues remember.",
                "Svakog kvartala slavimo kolege i timove čiju uslugu korisnici i kolege pamte.",
                "Vsako četrtletje proslavimo sodelavce in ekipe, katerih storitev si stranke in sodelavci zapomnijo.",
                "star", Cadence.QUARTERLY));
        Category hero = programmes.createCategory(programme.id, category("Customer hero", "Heroj korisnika",
                "Junak strank", "Went beyond the script for a customer.", NomineeKind.PEOPLE, VotingMethod.PLURALITY,
                1));
        Category backOffice = programmes.createCategory(programme.id, category("Back-office champion",
                "Šampion pozadine", "Prvak zaledja", "Made the front line's promise to customers possible.",
                NomineeKind.PEOPLE, VotingMethod.INSTANT_RUNOFF, 3));
        Category team = programmes.createCategory(programme.id, category("Team of the quarter", "Tim kvartala",
                "Ekipa četrtletja", "A team that served customers or colleagues together.", NomineeKind.TEAMS,
                VotingMethod.APPROVAL, 2));

        Round announced = rounds.create(new RoundInput(programme.id, "2026 Q3", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30), null, null, null, null, null));
        move(announced, Phase.DRAFT, Phase.NOMINATING);
        nominate(announced, hero, "Ana Petrović", person("Maja Kovač"), null,
                "Maja stayed after closing to help a pensioner move his savings safely.");
        nominate(announced, hero, "Nikola Ilić", person("Vesna Mlakar"), null,
                "Vesna je jednu žalbu pretvorila u zahvalnicu: pozvala je korisnika tri puta dok nije sve bilo rešeno.");
        nominate(announced, hero, "Sara Zupan", person("Uroš Novak"), null,
                "Uroš je v eni izmeni pomiril tri jezne klicatelje in vsem rešil težavo.");
        nominate(announced, backOffice, "Ivana Marković", person("Zoran Simić"), null,
                "Zoran's team fixed 240 wrong invoices in a day so we could answer every caller.");
        nominate(announced, backOffice, "Jelena Nikolić", person("Marija Ristić"), null,
                "Marija je preuzela slučaj od prve linije i sama javila korisniku ishod.");
        nominate(announced, backOffice, "Nina Kralj", person("Rok Petek"), null,
                "Rok had the counter's card readers working again before the morning queue.");
        nominate(announced, team, "Dejan Vidmar", null, team("Front Desk"),
                "The Front Desk kept every promise during the summer rush.");
        nominate(announced, team, "Marko Jovanović", null, team("Complaints"),
                "Complaints answered every written complaint within two days all quarter.");
        nominate(announced, team, "Irena Hribar", null, team("Billing"),
                "Billing explained the new tariffs to every team before customers asked.");
        move(announced, Phase.NOMINATING, Phase.SHORTLISTING);
        move(announced, Phase.SHORTLISTING, Phase.VOTING);
        for (int i = 0; i < VOTERS.size(); i++) {
            Person voter = person(VOTERS.get(i));
            // 9 / 7 / 4: a clear plurality winner.
            vote(voter, announced, hero, i < 9 ? List.of(key(person("Maja Kovač"))) : i < 16
                    ? List.of(key(person("Vesna Mlakar"))) : List.of(key(person("Uroš Novak"))));
            // First preferences 8 / 7 / 5; Rok's voters mostly prefer Marija next, so she wins in round two.
            vote(voter, announced, backOffice, i < 8 ? List.of(key(person("Zoran Simić")), key(person("Rok Petek")))
                    : i < 15 ? List.of(key(person("Marija Ristić")), key(person("Zoran Simić")))
                    : i < 19 ? List.of(key(person("Rok Petek")), key(person("Marija Ristić")))
                    : List.of(key(person("Rok Petek")), key(person("Zoran Simić"))));
            vote(voter, announced, team, approvals(voter, i));
        }
        move(announced, Phase.VOTING, Phase.CLOSED);
        for (StoredResult result : QuarkusTransaction.requiringNew().call(() -> StoredResult.ofRound(announced.id,
                json))) {
            if (result.tied() && result.resolution() == null) {
                results.resolveTie(announced.id, result.categoryId(), ResultService.Resolution.SHARED,
                        "Demo: a shared award");
            }
        }
        move(announced, Phase.CLOSED, Phase.ANNOUNCED);

        // The quarterly programme opened its next round when this one was announced.
        Round next = QuarkusTransaction.requiringNew().call(() -> Round.<Round>find(
                "programme.id = ?1 and phase = ?2", programme.id, Phase.DRAFT).firstResult());
        move(next, Phase.DRAFT, Phase.NOMINATING);
        nominate(next, hero, "Marko Jovanović", person("Jelena Nikolić"), null,
                "Jelena spent her lunch break finding a lost passport for a tourist.");
        nominate(next, hero, "Petar Lazić", person("Ivana Marković"), null,
                "Ivana je organizovala povratne pozive za sve korisnike koji su čekali duže od deset minuta.");
        nominate(next, hero, "Katarina Krajnc", person("Dejan Vidmar"), null,
                "Dejan je izgubljeno pošiljko spremljal skozi tri oddelke.");
        nominate(next, backOffice, "Luka Horvat", person("Gregor Kovačič"), null,
                "Gregor rewrote the refund letter so customers understand it at first reading.");
        nominate(next, backOffice, "Tanja Stojanović", person("Sanja Milenković"), null,
                "Sanja je za jedan dan podesila nove telefone na celom šalteru.");
        nominate(next, backOffice, "Mojca Zajc", person("Špela Oblak"), null,
                "Špela je pripravila pregled odprtih računov za vsako pritožbo v enem dnevu.");
        nominate(next, team, "Maja Kovač", null, team("Contact Centre"),
                "The Contact Centre took the calls of a whole region during the storm.");
        nominate(next, team, "Vesna Mlakar", null, team("Billing"),
                "Billing closed the quarter without a single late correction.");
        nominate(next, team, "Uroš Novak", null, team("People & Communications"),
                "People & Communications trained every new colleague in the service standards.");
        move(next, Phase.NOMINATING, Phase.SHORTLISTING);
        move(next, Phase.SHORTLISTING, Phase.VOTING);
        for (String name : List.of("Milica Pavlović", "Bojan Todorović", "Nina Kralj", "Rok Petek", "Zoran Simić")) {
            vote(person(name), next, hero, List.of(key(person("Ivana Marković"))));
        }
        LOG.infof("Loaded the demo awards: %s announced, %s open for voting, in %d ms", announced.title, next.title,
                System.currentTimeMillis() - started);
    }

    private static CategoryInput category(String en, String sr, String sl, String criteria, NomineeKind nominees,
            VotingMethod method, int maxChoices) {
        return new CategoryInput(en, sr, sl, criteria, null, null, List.of(), nominees, List.of(), List.of(),
                List.of(), false, 3, 1, method, maxChoices);
    }

    private void move(Round round, Phase from, Phase to) {
        rounds.move(round.id, from, to);
    }

    private void nominate(Round round, Category category, String nominator, Person person, Team team,
            String citation) {
        nominations.nominate(round.id, person(nominator).id, new NominationInput(category.id,
                person == null ? null : person.id, team == null ? null : team.id, citation, null));
    }

    private void vote(Person voter, Round round, Category category, List<String> choices) {
        List<String> own = new ArrayList<>(choices);
        own.remove(key(voter));
        if (!own.isEmpty()) {
            ballots.cast(voter.id, round.id, category.id, own);
        }
    }

    /** Two teams other than the voter's own, in an order that varies from voter to voter. */
    private static List<String> approvals(Person voter, int i) {
        List<String> teams = new ArrayList<>(List.of("Front Desk", "Complaints", "Billing"));
        java.util.Collections.rotate(teams, i % 3);
        List<String> chosen = new ArrayList<>();
        for (String name : teams) {
            Team team = team(name);
            if (voter.team == null || !voter.team.id.equals(team.id)) {
                chosen.add("team:" + team.id);
            }
        }
        return chosen.subList(0, Math.min(i % 4 == 0 ? 1 : 2, chosen.size()));
    }

    private static String key(Person person) {
        return "person:" + person.id;
    }

    private static Person person(String fullName) {
        return QuarkusTransaction.joiningExisting().call(() -> Person.<Person> find("fullName", fullName)
                .firstResultOptional().orElseThrow(() -> new IllegalStateException("demo person missing: " + fullName)));
    }

    private static Team team(String name) {
        return QuarkusTransaction.joiningExisting().call(() -> Team.<Team> find("name", name).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("demo team missing: " + name)));
    }
}
