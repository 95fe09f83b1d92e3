package app.bravo.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.bravo.behaviours.Behaviour;
import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.posts.Post;
import app.bravo.posts.Reaction;
import app.bravo.posts.Recognition;
import io.quarkus.runtime.StartupEvent;

/**
 * Recognitions for the demo board: stories in the three languages over the last 60 days, to colleagues and to
 * teams, with applause, so the board has something to show on first start. Loaded after the demo organisation,
 * only in demo mode and only while the board is empty.
 */
@ApplicationScoped
public class RecognitionsDemo {

    private static final Logger LOG = Logger.getLogger(RecognitionsDemo.class);

    /** Author, recipients (comma-separated, or "team:Name"), standards (English names), internal, story. */
    private static final String[][] STORIES = {
        { "Marko Jovanović", "Ana Petrović", "Empathy,Ownership", "false",
            "A customer called in tears because her late husband's account had been blocked. Ana stayed with her, "
                    + "explained every step and closed the account the same afternoon.\n\nThe customer wrote to thank us." },
        { "Jelena Nikolić", "team:Billing", "Internal customer service,Responsiveness", "true",
            "Billing fixed 240 wrong invoices before noon so the front desk could give customers the right amounts "
                    + "the same day. Thank you for dropping everything for us!" },
        { "Ivana Marković", "Nenad Popović,Sara Zupan", "Proactive help", "false",
            "Nenad i Sara su primetili da korisnici zovu zbog iste greške u aplikaciji i napisali kratko uputstvo "
                    + "koje je skratilo pozive za polovinu." },
        { "Jovana Golob", "Vesna Mlakar", "Ownership,Clear communication", "false",
            "Vesna je reklamacijo, ki je tri tedne potovala med oddelki, prevzela sama, stranko poklicala vsak dan in "
                    + "zadevo zaključila v dveh dneh." },
        { "Zoran Simić", "team:Contact Centre", "Celebrating colleagues", "true",
            "Kontakt centar je ovog meseca odgovorio na 98 % poziva u roku od minut. Bravo, ekipa!" },
        { "Maja Kovač", "Stefan Đorđević", "Responsiveness,Empathy", "false",
            "Stefan noticed an elderly customer struggling with the queue machine, walked her through it and made "
                    + "sure she was served first when her number came up." },
        { "Rok Petek", "Sanja Milenković", "Internal customer service", "true",
            "Sanja je v soboto zjutraj popravila tiskalnik na okencu, da so sodelavci lahko postregli strankam "
                    + "brez zamude. Hvala!" },
        { "Nina Kralj", "Dejan Vidmar,Petar Lazić", "Ownership", "false",
            "Dejan and Petar found the root cause of a billing complaint that kept coming back, and changed the "
                    + "routine so it cannot happen again." },
        { "Dušan Bogdanović", "Irena Hribar", "Clear communication", "true",
            "Irena je prepisala obvestila za stranke v preprost jezik. Število vprašanj na okencu je upadlo." },
        { "Ana Petrović", "Maja Kovač", "Celebrating colleagues,Empathy", "false",
            "Maja je ceo tim provela kroz težak dan posle nestanka sistema, ohrabrivala nas i sama preuzela "
                    + "najteže razgovore sa korisnicima." },
        { "Uroš Novak", "Katarina Krajnc", "Proactive help,Responsiveness", "false",
            "Katarina je stranko, ki ji je potekla pogodba, poklicala teden prej in ji prihranila podvojeni račun." },
        { "Marija Ristić", "team:Front Desk", "Internal customer service", "true",
            "The front desk sent us clear notes on every billing question this week, so we could answer the "
                    + "customers in one call instead of three." },
    };

    @Inject
    BravoConfig config;

    @Transactional
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 15) StartupEvent event) {
        if (!config.demo().enabled() || Post.count() > 0 || Person.count() == 0) {
            return;
        }
        Random random = new Random(7);
        List<Person> everyone = Person.list("active = true");
        Instant now = Instant.now();
        int loaded = 0;
        for (int i = 0; i < STORIES.length; i++) {
            String[] story = STORIES[i];
            Recognition recognition = new Recognition();
            recognition.author = person(story[0]);
            for (String recipient : story[1].split(",")) {
                if (recipient.startsWith("team:")) {
                    Team.findByName(recipient.substring(5)).ifPresent(recognition.teams::add);
                } else {
                    recognition.recipients.add(person(recipient));
                }
            }
            for (String name : story[2].split(",")) {
                Behaviour.<Behaviour> find("name.en", name).firstResultOptional().ifPresent(recognition.behaviours::add);
            }
            recognition.internalService = Boolean.parseBoolean(story[3]);
            recognition.story = story[4];
            recognition.status = Post.Status.APPROVED;
            // Spread over the last 60 days, newest first in the list.
            recognition.publishedAt = now.minus(Duration.ofHours(3 + i * 120L + random.nextInt(48)));
            recognition.createdAt = recognition.publishedAt;
            // Applause from a few colleagues, counted before the post is written (the count is its column).
            java.util.Set<Long> fans = new java.util.LinkedHashSet<>();
            int applause = random.nextInt(Math.min(12, everyone.size()));
            for (int a = 0; a < applause; a++) {
                fans.add(everyone.get((i * 7 + a * 3) % everyone.size()).id);
            }
            recognition.applause = fans.size();
            recognition.persist();
            int minute = 1;
            for (Long fan : fans) {
                Reaction reaction = new Reaction();
                reaction.postId = recognition.id;
                reaction.personId = fan;
                reaction.createdAt = recognition.publishedAt.plus(Duration.ofMinutes(minute++));
                reaction.persist();
            }
            loaded++;
        }
        LOG.infof("Loaded %d demo recognitions", loaded);
    }

    private static Person person(String fullName) {
        return Person.<Person> find("fullName", fullName).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("demo person missing: " + fullName));
    }
}
