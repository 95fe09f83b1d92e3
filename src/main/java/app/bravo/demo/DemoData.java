package app.bravo.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.bravo.behaviours.Behaviour;
import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.i18n.LocalizedText;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.security.Passwords;
import app.bravo.security.Role;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo organisation, loaded into an empty database when demo mode is on (dev, test and the README's run
 * command). Never part of a migration, never loaded in production.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    public static final String SAMPLE_EMPLOYEE = "ana.petrovic@demo.bravo";
    public static final String DOMAIN = "@demo.bravo";

    /** Team name to its department and people (name, job title). */
    private static final Map<String, String> TEAM_DEPARTMENT = new LinkedHashMap<>();
    private static final Map<String, List<String[]>> TEAM_PEOPLE = new LinkedHashMap<>();

    static {
        team("Front Desk", "Customer Service",
                "Ana Petrović|Customer advisor", "Marko Jovanović|Customer advisor", "Jelena Nikolić|Senior advisor",
                "Nikola Ilić|Customer advisor", "Maja Kovač|Team lead", "Stefan Đorđević|Customer advisor",
                "Tanja Stojanović|Customer advisor", "Luka Horvat|Customer advisor");
        team("Contact Centre", "Customer Service",
                "Milica Pavlović|Call agent", "Nenad Popović|Call agent", "Ivana Marković|Team lead",
                "Bojan Todorović|Call agent", "Sara Zupan|Call agent", "Miloš Živković|Call agent",
                "Katarina Krajnc|Call agent", "Uroš Novak|Senior call agent", "Dragana Kos|Call agent");
        team("Complaints", "Customer Service",
                "Vesna Mlakar|Complaints specialist", "Dejan Vidmar|Complaints specialist",
                "Jovana Golob|Team lead", "Petar Lazić|Complaints specialist", "Nina Kralj|Quality analyst",
                "Aleksandar Mitrović|Complaints specialist", "Tjaša Potočnik|Complaints specialist");
        team("Billing", "Operations",
                "Gregor Kovačič|Billing analyst", "Marija Ristić|Billing analyst", "Zoran Simić|Team lead",
                "Špela Oblak|Billing analyst", "Vladimir Kostić|Accountant", "Mojca Zajc|Billing analyst",
                "Đorđe Stanković|Billing analyst", "Andreja Turk|Accountant");
        team("People & Communications", "Operations",
                "Dušan Bogdanović|Internal communications", "Irena Hribar|Office manager",
                "Rok Petek|IT support", "Sanja Milenković|IT support", "Tomaž Kuhar|Facilities",
                "Biljana Jović|Trainer", "Matej Kolar|IT support");
    }

    private static void team(String name, String department, String... people) {
        TEAM_DEPARTMENT.put(name, department);
        TEAM_PEOPLE.put(name, java.util.Arrays.stream(people).map(p -> p.split("\\|")).toList());
    }

    @Inject
    BravoConfig config;

    /** Runs after the configuration check and before the first-admin check, which the demo accounts satisfy. */
    @Transactional
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 10) StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        if (Person.count() == 0) {
            load();
        }
        LOG.infof("%n%n  Bravo demo at %s%n  Logins (password '%s'): admin@demo.bravo, hr@demo.bravo,"
                + " moderator@demo.bravo, %s%n", config.publicUrl(), config.demo().password(), SAMPLE_EMPLOYEE);
    }

    void load() {
        // One hash for all demo accounts: bcrypt is slow on purpose and they share a password anyway.
        String hash = Passwords.hash(config.demo().password());
        Map<String, Team> teams = new LinkedHashMap<>();
        TEAM_DEPARTMENT.forEach((name, departmentName) -> teams.put(name, Team.create(name, departmentName)));
        int count = 0;
        for (var entry : TEAM_PEOPLE.entrySet()) {
            for (String[] person : entry.getValue()) {
                add(person[0], emailOf(person[0]), person[1], teams.get(entry.getKey()), Role.EMPLOYEE, hash);
                count++;
            }
        }
        Team office = teams.get("People & Communications");
        add("Jelena Marković", "hr" + DOMAIN, "HR manager", office, Role.HR, hash);
        add("Mateja Rozman", "moderator" + DOMAIN, "Communications lead", office, Role.MODERATOR, hash);
        add("Ivan Perić", "admin" + DOMAIN, "System administrator", office, Role.ADMIN, hash);
        behaviours();
        LOG.infof("Loaded the demo organisation: %d people in %d teams", count + 3, teams.size());
    }

    /** firstname.lastname@demo.bravo, without diacritics. */
    public static String emailOf(String fullName) {
        return Person.fold(fullName).trim().replaceAll("\\s+", ".") + DOMAIN;
    }

    private static void add(String name, String email, String jobTitle, Team team, Role role, String hash) {
        Person.enrol(name, email, jobTitle, team, role, hash);
    }

    private static void behaviours() {
        behaviour(new LocalizedText("Empathy", "Empatija", "Empatija"),
                new LocalizedText("We listen without interrupting or judging and try to understand the customer's worry.",
                        "Slušamo bez prekidanja i osuđivanja i trudimo se da razumemo brigu korisnika.",
                        "Poslušamo brez prekinjanja in obsojanja ter se potrudimo razumeti skrb stranke."),
                new LocalizedText("Maja stayed on the line until an anxious customer understood every step of the refund.",
                        "Maja je ostala na vezi dok uznemireni korisnik nije razumeo svaki korak povraćaja novca.",
                        "Maja je ostala na liniji, dokler zaskrbljena stranka ni razumela vsakega koraka vračila."));
        behaviour(new LocalizedText("Ownership", "Preuzimanje odgovornosti", "Prevzemanje odgovornosti"),
                new LocalizedText("We do not pass customers around: whoever takes the problem sees it through to the end.",
                        "Ne prebacujemo korisnike s jednog na drugog: ko preuzme problem, rešava ga do kraja.",
                        "Strank si ne podajamo: kdor prevzame težavo, jo pripelje do konca."),
                new LocalizedText("Dejan followed a lost parcel across three departments and called the customer back himself.",
                        "Dejan je pratio izgubljenu pošiljku kroz tri sektora i sam pozvao korisnika.",
                        "Dejan je izgubljeno pošiljko spremljal skozi tri oddelke in stranko sam poklical nazaj."));
        behaviour(new LocalizedText("Proactive help", "Proaktivna pomoć", "Proaktivna pomoč"),
                new LocalizedText("We offer help before we are asked and warn customers of problems before they hit them.",
                        "Nudimo pomoć pre nego što nas pitaju i upozoravamo korisnike na probleme pre nego što ih pogode.",
                        "Pomoč ponudimo, preden nas prosijo, in stranke opozorimo na težave, preden jih doletijo."),
                null);
        behaviour(new LocalizedText("Internal customer service", "Interni korisnički servis", "Notranja storitev za sodelavce"),
                new LocalizedText("Colleagues are our customers too: the back office serves the front line as it would a customer.",
                        "I kolege su naši korisnici: pozadinske službe služe prvoj liniji kao korisnicima.",
                        "Tudi sodelavci so naše stranke: zaledje služi prvi liniji kot stranki."),
                new LocalizedText("Billing fixed a batch of wrong invoices the same day so the contact centre could answer callers.",
                        "Naplata je istog dana ispravila seriju pogrešnih računa kako bi kontakt centar mogao da odgovori pozivaocima.",
                        "Obračun je še isti dan popravil serijo napačnih računov, da je klicni center lahko odgovoril klicateljem."));
        behaviour(new LocalizedText("Responsiveness", "Brzina odziva", "Odzivnost"),
                new LocalizedText("We answer calls and messages quickly and say when the customer will hear from us next.",
                        "Brzo odgovaramo na pozive i poruke i kažemo kada će se korisnik ponovo čuti s nama.",
                        "Hitro odgovarjamo na klice in sporočila ter povemo, kdaj se bomo stranki spet oglasili."),
                null);
        behaviour(new LocalizedText("Clear communication", "Jasna komunikacija", "Jasna komunikacija"),
                new LocalizedText("We speak plainly, sign our messages and never hide behind rules or jargon.",
                        "Govorimo jasno, potpisujemo poruke i ne skrivamo se iza pravila ili žargona.",
                        "Govorimo preprosto, sporočila podpišemo in se ne skrivamo za pravili ali žargonom."),
                null);
        behaviour(new LocalizedText("Celebrating colleagues", "Slavljenje uspeha kolega", "Praznovanje uspehov sodelavcev"),
                new LocalizedText("We notice and celebrate each other's successes and shared team wins.",
                        "Primećujemo i slavimo uspehe kolega i zajedničke pobede tima.",
                        "Opazimo in proslavimo uspehe sodelavcev in skupne zmage ekipe."),
                null);
    }

    private static void behaviour(LocalizedText name, LocalizedText description, LocalizedText example) {
        Behaviour behaviour = new Behaviour();
        behaviour.name = name;
        behaviour.description = description;
        behaviour.example = example;
        behaviour.persist();
    }
}
