package app.bravo.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import app.bravo.posts.ComplaintStory;
import app.bravo.posts.CustomerPraise;
import app.bravo.posts.CustomerPraise.Channel;
import app.bravo.posts.Inspiration;
import app.bravo.posts.Post;
import app.bravo.posts.PostService;
import app.bravo.posts.Reaction;
import app.bravo.posts.Recognition;
import app.bravo.posts.ServiceRule;
import io.quarkus.runtime.StartupEvent;

/**
 * The notice board's first cards: about 60 approved posts of every kind over the last 60 days (recognitions,
 * resolved-complaint stories, customer praise, inspiration) in English, Serbian and Slovenian, with applause, HR's
 * list of rules that got in the way, and one story and one praise waiting for a moderator. Loaded after the demo
 * organisation, in one transaction, only in demo mode and only while the board is empty.
 *
 * <p>The posts meant to carry congratulations (moderation's comments), by the start of their story:
 * <ul>
 * <li>"A customer called in tears" (recognition of Ana Petrović)</li>
 * <li>"I came in angry about my bill" (praise for Ana Petrović)</li>
 * <li>"Billing fixed 240 wrong invoices" (recognition of the Billing team)</li>
 * <li>"Marija took the case from Vesna" (story of the double direct debit)</li>
 * <li>"Gradska biblioteka šalje poruku" (inspiration)</li>
 * <li>"Tjaša je stranki, ki je bila" (recognition of Tjaša Potočnik)</li>
 * </ul>
 * The post meant to be reported: "Luka je jednoj gospođi iz Ulice" (its story names the customer's street).
 */
@ApplicationScoped
public class BoardDemo {

    private static final Logger LOG = Logger.getLogger(BoardDemo.class);

    /** Posts are spread over this many days before today. */
    static final int DAYS = 59;

    /** HR's list of rules that got in the way: name, description. */
    private static final String[][] RULES = {
        { "Refunds only after the monthly close",
            "Overpayments and double payments are refunded in the billing run after the month is closed." },
        { "Address changes only in person at the counter",
            "A change of billing address needs the account holder at a counter with an identity document." },
        { "Complaints answered only in writing",
            "A complaint about a bill gets a written answer within 15 days, never an answer by phone." },
        { "Payment plans need a manager's signature",
            "Only the head of Billing may agree to a payment plan or a pause in reminders." },
        { "No reconnection before the debt is paid in full",
            "A disconnected supply is reconnected only once the payment shows in the books." },
    };

    /**
     * The logins the README hands out applaud nothing, so whoever tries the demo sees their first click on any
     * card count one up (a click on a card they already applauded would take it back).
     */
    private static final Set<String> LOGINS = Set.of(DemoData.SAMPLE_EMPLOYEE, DemoData.emailOf("Marko Jovanović"),
            "hr" + DemoData.DOMAIN, "moderator" + DemoData.DOMAIN, "admin" + DemoData.DOMAIN);

    /** The rule an author named anew, in the story that waits for a moderator. */
    private static final String PROPOSED_RULE = "Dokaz o uplati samo uz originalnu uplatnicu";

    /** Applause count, author, recipients ("Full Name" or "team:Name", comma-separated), standards, internal, story. */
    record Thanks(int fans, String author, String to, String standards, boolean internal, String story) {
    }

    /** Applause, author, involved, standards, rule (or null), minutes to resolve, complaint, what we did, outcome, quote. */
    record Resolved(int fans, String author, String involved, String standards, String rule, int minutes,
            String complaint, String story, String outcome, String quote) {
    }

    /** Applause, who entered it, praised, standards, channel, consented display name, contact, the customer's words. */
    record Praise(int fans, String author, String to, String standards, Channel channel, String customer,
            String contact, String words) {
    }

    /** Applause, author, standards, source, the example, what we can learn. */
    record Idea(int fans, String author, String standards, String source, String story, String lesson) {
    }

    /** Newest first. */
    static final List<Thanks> RECOGNITIONS = List.of(
        new Thanks(26, "Marko Jovanović", "Ana Petrović", "Empathy,Ownership", false,
            "A customer called in tears because her late husband's account had been blocked. Ana stayed with her, "
                    + "explained every step and closed the account the same afternoon.\n\nThe customer wrote to thank us."),
        new Thanks(9, "Tanja Stojanović", "Luka Horvat", "Empathy,Clear communication", false,
            "Luka je jednoj gospođi iz Ulice kralja Petra 14, koja slabo čuje, napisao ceo postupak promene tarife na "
                    + "papiru, korak po korak, i sačekao da ga pročita. Otišla je nasmejana."),
        new Thanks(18, "Jelena Nikolić", "team:Billing", "Internal customer service,Responsiveness", true,
            "Billing fixed 240 wrong invoices before noon so the front desk could give customers the right amounts "
                    + "the same day. Thank you for dropping everything for us!"),
        new Thanks(12, "Mojca Zajc", "Špela Oblak,Andreja Turk", "Ownership,Responsiveness", false,
            "Špela in Andreja sta v enem dnevu preverili 37 vračil preplačil, ki so čakala od prejšnjega meseca. "
                    + "Stranke so denar dobile v petek, ne šele po mesečnem zaključku."),
        new Thanks(11, "Ivana Marković", "Nenad Popović,Sara Zupan", "Proactive help", false,
            "Nenad i Sara su primetili da korisnici zovu zbog iste greške u aplikaciji i napisali kratko uputstvo "
                    + "koje je skratilo pozive za polovinu."),
        new Thanks(13, "Biljana Jović", "team:Contact Centre", "Celebrating colleagues", true,
            "The whole contact centre came to the new starters' training to play back real calls and explain what "
                    + "they would do differently. The new colleagues said it was the most useful hour of their first week."),
        new Thanks(14, "Jovana Golob", "Vesna Mlakar", "Ownership,Clear communication", false,
            "Vesna je reklamacijo, ki je tri tedne potovala med oddelki, prevzela sama, stranko poklicala vsak dan in "
                    + "zadevo zaključila v dveh dneh."),
        new Thanks(8, "Milica Pavlović", "Rok Petek", "Internal customer service,Responsiveness", true,
            "Rok je u ponedeljak ujutru za deset minuta vratio slušalice i program za pozive celom redu, pre nego što "
                    + "su se linije otvorile. Bez njega bismo izgubili prvi sat."),
        new Thanks(15, "Zoran Simić", "team:Contact Centre", "Celebrating colleagues", true,
            "Kontakt centar je ovog meseca odgovorio na 98 % poziva u roku od jednog minuta. Bravo, ekipa!"),
        new Thanks(17, "Jelena Nikolić", "Nikola Ilić", "Proactive help", false,
            "Nikola noticed that a customer paying at the counter had been paying for the same flat on two accounts "
                    + "for a year. He found the duplicate, closed it and started the refund before she left."),
        new Thanks(10, "Maja Kovač", "Stefan Đorđević", "Responsiveness,Empathy", false,
            "Stefan noticed an elderly customer struggling with the queue machine, walked her through it and made "
                    + "sure she was served first when her number came up."),
        new Thanks(6, "Katarina Krajnc", "Dragana Kos", "Empathy", false,
            "Dragana je gospoda, ki je klical zaradi računa svoje pokojne mame, poslušala brez naglice, mu razložila, "
                    + "kaj potrebujemo, in sama uredila prepis. Ni mu bilo treba klicati še enkrat."),
        new Thanks(5, "Rok Petek", "Sanja Milenković", "Internal customer service", true,
            "Sanja je v soboto zjutraj popravila tiskalnik na okencu, da so sodelavci lahko postregli strankam "
                    + "brez zamude. Hvala!"),
        new Thanks(9, "Petar Lazić", "Aleksandar Mitrović", "Ownership,Clear communication", false,
            "Aleksandar je preuzeo prigovor koji je šest nedelja kružio između naplate i terena. Napisao je korisniku "
                    + "jasno pismo sa rokom i taj rok ispoštovao."),
        new Thanks(11, "Nina Kralj", "Dejan Vidmar,Petar Lazić", "Ownership", false,
            "Dejan and Petar found the root cause of a billing complaint that kept coming back, and changed the "
                    + "routine so it cannot happen again."),
        new Thanks(16, "Ivana Marković", "Miloš Živković", "Responsiveness", false,
            "Tokom nestanka struje u utorak Miloš je sam preuzeo povratne pozive za 60 korisnika i svakom javio kada "
                    + "će struja biti vraćena. Niko nije morao da zove dva puta."),
        new Thanks(4, "Dušan Bogdanović", "Irena Hribar", "Clear communication", true,
            "Irena je prepisala obvestila za stranke v preprost jezik. Število vprašanj na okencu je upadlo."),
        new Thanks(7, "Tomaž Kuhar", "Matej Kolar", "Internal customer service", true,
            "Matej je v eni noči preselil računalnike okenca v nove prostore in zjutraj je vse delalo: tiskalniki, "
                    + "čitalniki kartic in čakalna vrsta. Hvala!"),
        new Thanks(14, "Ana Petrović", "Maja Kovač", "Celebrating colleagues,Empathy", false,
            "Maja je ceo tim provela kroz težak dan posle nestanka sistema, ohrabrivala nas i sama preuzela "
                    + "najteže razgovore sa korisnicima."),
        new Thanks(12, "Zoran Simić", "Đorđe Stanković,Gregor Kovačič", "Internal customer service,Proactive help", true,
            "Đorđe and Gregor wrote a one-page guide to every line of the new invoice. The front desk and the contact "
                    + "centre now have it open on every call about the new layout."),
        new Thanks(8, "Uroš Novak", "Katarina Krajnc", "Proactive help,Responsiveness", false,
            "Katarina je stranko, ki ji je potekla pogodba, poklicala teden prej in ji prihranila podvojeni račun."),
        new Thanks(19, "Nina Kralj", "Tjaša Potočnik", "Empathy,Ownership", false,
            "Tjaša je stranki, ki je bila zaradi napačnega odčitka tri mesece brez tople vode, uredila vse: popravek "
                    + "računa, obisk monterja in opravičilo vodje. Stranka nam je poslala rože."),
        new Thanks(6, "Marija Ristić", "team:Front Desk", "Internal customer service", true,
            "The front desk sent us clear notes on every billing question this week, so we could answer the "
                    + "customers in one call instead of three."),
        new Thanks(10, "Maja Kovač", "team:Complaints", "Celebrating colleagues", true,
            "Complaints closed every open case older than 30 days this month, for the first time since we started "
                    + "counting. We hear the difference at the counter every day."));

    /** Newest first. */
    static final List<Resolved> STORIES = List.of(
        new Resolved(28, "Jovana Golob", "Vesna Mlakar,Marija Ristić", "Ownership,Internal customer service",
            "Refunds only after the monthly close", 2 * 24 * 60,
            "A customer was charged twice for the same month after switching to direct debit, and was told the "
                    + "refund would come only after the monthly close, five weeks away.",
            "Marija took the case from Vesna at the counter, checked both payments with her, confirmed the duplicate "
                    + "and booked a manual refund outside the monthly run, with Zoran's approval.",
            "The money was back in the customer's account in two days. Billing now refunds a proven double payment "
                    + "within a week, whatever the calendar says.",
            "I expected a fight and got an apology and my money back."),
        new Resolved(13, "Ivana Marković", "Milica Pavlović,Gregor Kovačič", "Internal customer service,Clear communication",
            null, 3 * 24 * 60,
            "After the move to the new billing system, dozens of customers called about an unexplained "
                    + "\"adjustment\" line on their invoice.",
            "Milica collected the first ten calls and sent them to Billing with examples. Gregor traced the line to a "
                    + "rounding rule, wrote a two-sentence answer for the contact centre and had the wording on the "
                    + "invoice changed for the next run.",
            "Calls about the line fell from about forty a day to two within a week.", null),
        new Resolved(19, "Ivana Marković", "Bojan Todorović,Đorđe Stanković", "Responsiveness,Ownership",
            "No reconnection before the debt is paid in full", 4 * 60,
            "Porodici sa bebom isključena je struja zbog duga, iako je korisnik već platio u pošti; uplata samo još "
                    + "nije bila proknjižena.",
            "Bojan nije rekao „sačekajte tri dana“. Zamolio je korisnika da pošalje fotografiju uplatnice, a Đorđe iz "
                    + "naplate je ručno potvrdio uplatu i odmah poslao nalog za uključenje terenskoj ekipi.",
            "Struja je vraćena za četiri sata. Naplata sada prihvata dokaz o uplati kao osnov za hitno uključenje.",
            "Niste me terali da dokazujem da nisam kriv."),
        new Resolved(11, "Dejan Vidmar", "Sara Zupan,Špela Oblak", "Clear communication,Internal customer service",
            "Complaints answered only in writing", 90,
            "Stranka je dobila račun za vodo, trikrat višji od običajnega, in ob klicu izvedela, da ji lahko "
                    + "odgovorimo le pisno v 15 dneh.",
            "Sara ni čakala na pisni odgovor. Špela je med klicem preverila odčitke in ugotovila, da je bil vnesen "
                    + "napačen odčitek števca. Sara je stranki razložila, kaj se je zgodilo, in ji še isti dan poslala "
                    + "popravljen račun.",
            "Zadeva je bila rešena v uri in pol; pisni odgovor je šel le še v vednost.",
            "Prvič sem dobila odgovor, ne obrazca."),
        new Resolved(21, "Jovana Golob", "Maja Kovač,Zoran Simić", "Ownership,Empathy",
            "Payment plans need a manager's signature", 3 * 60,
            "A small bakery was about to be disconnected over an invoice its owner disputed, and nobody at the counter "
                    + "could agree a short pause without a manager's signature.",
            "Maja called Zoran from the counter. They looked at the disputed invoice together on the spot and agreed "
                    + "a two-week pause in writing while Billing had the meter checked.",
            "The meter turned out to be faulty: the invoice was cancelled and the bakery never lost power.",
            "You sorted it out while my bread was still in the oven."),
        new Resolved(14, "Petar Lazić", "Marko Jovanović,team:Billing", "Empathy,Ownership",
            "Payment plans need a manager's signature", 5 * 60,
            "Penzioner sa tri neplaćena računa došao je da se dogovori o otplati na rate, ali je rukovodilac koji "
                    + "potpisuje planove bio na godišnjem odmoru.",
            "Marko nije poslao korisnika kući. Pozvao je naplatu, Zoran Simić je plan odobrio telefonom, a Marko je "
                    + "korisniku odmah odštampao raspored uplata i objasnio mu svaku ratu.",
            "Korisnik je istog dana platio prvu ratu i izbegao isključenje. Predložili smo da šalter sam odobrava "
                    + "planove do tri rate.",
            "Hvala vam što ste me saslušali kao čoveka, a ne kao dug."),
        new Resolved(12, "Vesna Mlakar", "Luka Horvat,team:Contact Centre", "Responsiveness,Proactive help", null, 45,
            "Stranka je zaradi napake v spletni banki trikrat plačala isti račun, klicni center pa je ni mogel "
                    + "poklicati nazaj, ker ni pustila številke.",
            "Luka je na okencu opazil, da gre za isto napako kot pri drugih strankah tisti dan, in obvestil klicni "
                    + "center. Ekipa je na spletni strani takoj objavila navodilo in poklicala vse stranke, ki so "
                    + "plačale večkrat.",
            "V 45 minutah smo obvestili 23 strank; nobena ni izgubila denarja.",
            "Niste čakali, da vas pokličem jaz."),
        new Resolved(9, "Nina Kralj", "Stefan Đorđević,Rok Petek", "Ownership,Proactive help",
            "Address changes only in person at the counter", 3 * 24 * 60,
            "A customer who had moved abroad kept getting reminders at her old flat, because a billing address could "
                    + "only be changed in person at the counter.",
            "Stefan accepted a signed scan by e-mail, checked it against the contract on a video call and changed the "
                    + "address himself. Rok added a secure upload to the customer portal, so the next customer abroad "
                    + "needs no call at all.",
            "The reminders stopped and the late fees were cancelled. The portal now takes address changes with an "
                    + "identity check.",
            null),
        new Resolved(6, "Aleksandar Mitrović", "Jelena Nikolić,Andreja Turk", "Ownership,Internal customer service",
            "Refunds only after the monthly close", 2 * 24 * 60,
            "Korisnica je greškom u pozivu na broj platila tuđi račun i tražila povraćaj, a rečeno joj je da sačeka "
                    + "mesečno zatvaranje.",
            "Jelena je na šalteru zajedno sa korisnicom popunila zahtev, a Andreja iz računovodstva je pronašla "
                    + "uplatu, prebacila je na pravi račun i odobrila povraćaj pre zatvaranja meseca.",
            "Novac je vraćen za dva dana, a korisnica je dobila pismo sa imenom osobe koja je vodila njen predmet.",
            null),
        new Resolved(16, "Uroš Novak", "Katarina Krajnc,Vladimir Kostić", "Empathy,Clear communication", null, 24 * 60,
            "A deaf customer could not dispute a bill, because the only way to do so was by phone.",
            "Katarina moved the conversation to chat and stayed with it across two shifts. Vladimir checked the "
                    + "disputed charges overnight and wrote the explanation in plain words, without accounting terms.",
            "The bill was corrected the next morning. The dispute form on the website now offers chat and e-mail, "
                    + "not only a phone number.",
            "Thank you for not making me find someone to call for me."),
        new Resolved(8, "Petar Lazić", "Nenad Popović,Marija Ristić", "Responsiveness,Internal customer service",
            "Complaints answered only in writing", 2 * 60,
            "Korisnik je treći put zvao zbog iste opomene i čuo da će odgovor na prigovor dobiti poštom za 15 dana.",
            "Nenad je zadržao poziv i zamolio Mariju iz naplate da odmah proveri karticu korisnika. Opomena je "
                    + "poslata greškom posle uplate; stornirali su je, a Nenad je to korisniku potvrdio imejlom dok je "
                    + "još bio na vezi.",
            "Prigovor je rešen za dva sata, umesto za 15 dana.", null),
        new Resolved(10, "Dejan Vidmar", "Tanja Stojanović,Tomaž Kuhar", "Empathy,Proactive help", null, 30,
            "Gospa na invalidskem vozičku ni mogla do okenca, ker je bila klančina pri vhodu zaprta zaradi obnove.",
            "Tanja jo je opazila skozi okno, prišla ven z ročnim čitalnikom kartic in zadevo uredila kar pred vhodom. "
                    + "Tomaž je še isti dan odklenil in označil vhod z dvorišča.",
            "Stranka je bila postrežena v pol ure. Do konca obnove je vhod z dvorišča odprt in označen.", null),
        new Resolved(15, "Aleksandar Mitrović", "Nikola Ilić,Vladimir Kostić", "Ownership,Empathy",
            "No reconnection before the debt is paid in full", 24 * 60,
            "Korisniku koji je nasledio stan rečeno je da mu vodu neće uključiti dok ne plati dug prethodnog vlasnika.",
            "Nikola je proverio ugovor i video da dug nije korisnikov. Vladimir iz računovodstva je dug prebacio na "
                    + "zaostavštinu prethodnog vlasnika, a Nikola je korisniku sam zakazao uključenje za sledeće jutro.",
            "Voda je uključena za 24 sata, a korisnik nije platio ni dinar tuđeg duga.",
            "Mislio sam da ću morati da angažujem advokata."),
        new Resolved(7, "Jovana Golob", "Tjaša Potočnik,Mojca Zajc", "Ownership,Proactive help",
            "Refunds only after the monthly close", 4 * 24 * 60,
            "Stranka je po prodaji stanovanja zadnji račun plačala dvakrat in izvedela, da bo preplačilo vrnjeno "
                    + "šele po mesečnem zaključku.",
            "Tjaša je primer prevzela in ga sama peljala skozi obračun. Mojca je pripravila izredno vračilo, Tjaša pa "
                    + "je stranko vsak dan obvestila, kje je zadeva.",
            "Denar je bil vrnjen v štirih dneh namesto v šestih tednih.", null));

    /** Newest first. */
    static final List<Praise> PRAISE = List.of(
        new Praise(31, "Maja Kovač", "Ana Petrović", "Empathy", Channel.COUNTER, null, null,
            "I came in angry about my bill and left with a plan I can actually manage. Ana at desk 3 explained "
                    + "everything twice and never once made me feel stupid. Thank you."),
        new Praise(17, "Ivana Marković", "Nenad Popović", "Responsiveness", Channel.PHONE, "Mira K.", null,
            "Zvala sam u sedam uveče, ubeđena da se niko neće javiti. Gospodin Nenad ne samo da se javio nego me je "
                    + "i sutradan pozvao da proveri da li je sve u redu sa računom. Svaka čast!"),
        new Praise(14, "Dejan Vidmar", "Tjaša Potočnik", "Empathy", Channel.SOCIAL, null, null,
            "Hvala gospe Tjaši, ki je po mesecih brez tople vode vse uredila v enem tednu. Končno nekdo, ki posluša!"),
        new Praise(9, "Ivana Marković", "team:Contact Centre", "Responsiveness", Channel.SURVEY, null, null,
            "The best call centre I have dealt with this year. A short wait, a real person, and she knew the answer."),
        new Praise(22, "Maja Kovač", "Stefan Đorđević", "Empathy,Proactive help", Channel.COUNTER, null, null,
            "Moja majka ima 84 godine i plaši se automata za brojeve. Mladić sa šaltera je izašao, pomogao joj i "
                    + "sačekao sa njom dok nije došla na red. Hvala vam što ste ljudi."),
        new Praise(12, "Jovana Golob", "Vesna Mlakar", "Ownership", Channel.EMAIL, null, "+386 41 555 019",
            "Gospa Vesna je mojo pritožbo vzela zares in me sama poklicala vsak dan, dokler ni bilo vse urejeno. "
                    + "Tako prijazne obravnave nisem pričakoval. Najlepša hvala."),
        new Praise(18, "Jovana Golob", "team:Complaints", "Ownership", Channel.EMAIL, "Helen W.", "helen.w@example.com",
            "I have complained to many companies. You are the first that called me back before the day you promised, "
                    + "and then did what you said. Thank you to the whole complaints team."),
        new Praise(13, "Jelena Nikolić", "Nikola Ilić", "Proactive help", Channel.COUNTER, "Dragan M.", "+381 64 555 0192",
            "Godinu dana sam plaćao dva računa za isti stan i niko to nije primetio osim Nikole. Sve je sredio dok "
                    + "sam stajao na šalteru. Veliko hvala!"),
        new Praise(10, "Uroš Novak", "Katarina Krajnc", "Proactive help", Channel.PHONE, "Marjan P.", "marjan.p@example.net",
            "Gospa Katarina me je poklicala, preden mi je potekla pogodba, in mi prihranila dvojni račun. Tega od "
                    + "dobavitelja res nisem pričakoval."),
        new Praise(8, "Zoran Simić", "team:Billing", "Responsiveness", Channel.EMAIL, null, "accounts@example.org",
            "Your billing team corrected the invoices for all three of our shops within a day of our e-mail. Clear, "
                    + "quick and polite: please pass on our thanks."),
        new Praise(11, "Petar Lazić", "Aleksandar Mitrović", "Ownership,Clear communication", Channel.EMAIL, null, null,
            "Posle šest nedelja dopisivanja konačno je neko preuzeo moj prigovor. Gospodin Aleksandar mi je napisao "
                    + "jasno pismo sa rokom i ispoštovao ga. Hvala."),
        new Praise(7, "Ivana Marković", "Miloš Živković", "Responsiveness", Channel.SOCIAL, null, null,
            "During Tuesday's power cut Miloš called me back twice with news before I even thought of calling. That "
                    + "is how it should be done."),
        new Praise(6, "Maja Kovač", "Luka Horvat,Tanja Stojanović", "Empathy", Channel.SURVEY, null, null,
            "Na okencu sta me sprejela prijazno in potrpežljivo, čeprav sem prišla brez vseh dokumentov. Pokazala sta "
                    + "mi, kaj lahko uredim po spletu, in mi prihranila še eno pot."),
        new Praise(16, "Zoran Simić", "Đorđe Stanković", "Responsiveness", Channel.PHONE, null, null,
            "Uplata mi je kasnila i već su mi isključili struju. Gospodin Đorđe je za sat vremena sve proverio i "
                    + "poslao ekipu. Beba je spavala na toplom. Hvala!"));

    /** Newest first. */
    static final List<Idea> INSPIRATION = List.of(
        new Idea(24, "Biljana Jović", "Proactive help", "Gradska biblioteka",
            "Gradska biblioteka šalje poruku dva dana pre isteka roka za vraćanje knjige. Odgovorite „DA“ i rok se "
                    + "produžava; niko ne plaća kaznu zato što je zaboravio.",
            "Podsetimo korisnike pre roka, a ne posle: jedna poruka je jeftinija od opomene i prigovora."),
        new Idea(15, "Rok Petek", "Clear communication", "Slovenske železnice",
            "Ko je vlak zamujal, je sprevodnik šel od vagona do vagona, povedal, koliko bo zamude in zakaj, ter "
                    + "potnikom z zvezami sam uredil nadaljevanje poti.",
            "Ob motnji ljudje najbolj potrebujejo novico in ime osebe, ki skrbi zanje. Tudi mi ob izpadu: povejmo, "
                    + "kaj vemo in kdaj se spet oglasimo."),
        new Idea(12, "Dušan Bogdanović", "Empathy,Proactive help", "A neighbourhood pharmacy",
            "The pharmacist noticed an elderly man buying the same painkillers every week, asked him gently about it "
                    + "and helped him book a doctor's appointment from the counter.",
            "Watch for patterns: a customer who calls every week with the same question has a problem we have not "
                    + "solved yet."),
        new Idea(20, "Biljana Jović", "Ownership", "Hotel na Zlatiboru",
            "Gost je u sobi zaboravio lekove. Recepcionerka je sama pozvala kurirsku službu i lekovi su stigli kući "
                    + "pre gosta, bez ikakvog troška.",
            "Ko prvi čuje za problem, rešava ga do kraja i ne traži od gosta da zove nekog drugog."),
        new Idea(9, "Irena Hribar", "Clear communication,Responsiveness", "Upravna enota",
            "Na upravni enoti ti ob vstopu povedo, koliko časa boš čakal, in ti pošljejo SMS, ko si na vrsti. Medtem "
                    + "lahko greš na kavo.",
            "Ljudje lažje čakajo, če vedo, koliko časa bodo čakali. Tudi na našem okencu bi lahko povedali "
                    + "pričakovani čas čakanja."),
        new Idea(7, "Matej Kolar", "Responsiveness", "A bank's mobile app",
            "When a card payment fails abroad, the app sends a message within a minute with the reason and a button "
                    + "to allow the payment. No call needed.",
            "Tell customers what went wrong and what they can do, at the moment it happens, in one sentence."),
        new Idea(11, "Dušan Bogdanović", "Celebrating colleagues", "Gradski prevoz",
            "Vozači gradskog prevoza svakog meseca biraju kolegu koji je najviše pomogao putnicima, a njegova priča i "
                    + "fotografija se prikazuju na ekranima u autobusima.",
            "Kada korisnici vide priče o dobroj usluzi, i zaposleni se više trude. I naš ekran u čekaonici može da "
                    + "prikazuje priče sa ove table."),
        new Idea(13, "Irena Hribar", "Empathy", "Zdravstveni dom",
            "Medicinska sestra je starejšim pacientom, ki ne uporabljajo e-pošte, izvide prebrala po telefonu in jih "
                    + "poslala po pošti, namesto da bi jih napotila na portal.",
            "Ne silimo vseh strank v en kanal: portal je za tiste, ki ga želijo, drugim postrezimo tako, kot zmorejo."));

    /** The story that waits for a moderator: it names a rule anew. */
    static final Resolved PENDING_STORY = new Resolved(0, "Stefan Đorđević", "Ana Petrović,Mojca Zajc",
            "Ownership,Internal customer service", PROPOSED_RULE, 20,
            "Korisnik je račun platio preko mobilne banke, ali mu na šalteru nisu priznali uplatu jer nije imao "
                    + "originalnu uplatnicu sa pečatom.",
            "Ana je prihvatila potvrdu iz aplikacije, Mojca iz naplate je uplatu za pet minuta pronašla na izvodu, i "
                    + "opomena je povučena.",
            "Korisnik je otišao sa potvrdom da nema duga. Predlažemo da potvrda iz mobilne banke važi kao dokaz o uplati.",
            null);

    /** The praise that waits for a moderator: a consented name and a contact, for the moderator to see. */
    static final Praise PENDING_PRAISE = new Praise(0, "Katarina Krajnc", "Sara Zupan", "Empathy", Channel.PHONE,
            "Branka S.", "branka.s@example.net",
            "Gospa Sara je bila izjemno potrpežljiva, ko sem jo trikrat vprašala isto. Na koncu sem vse razumela. "
                    + "Hvala lepa!");

    /** The story of every post the demo writes, so a test can tell them from its own. */
    static List<String> stories() {
        return Stream.of(RECOGNITIONS.stream().map(Thanks::story), STORIES.stream().map(Resolved::story),
                PRAISE.stream().map(Praise::words), INSPIRATION.stream().map(Idea::story),
                Stream.of(PENDING_STORY.story(), PENDING_PRAISE.words())).flatMap(s -> s).toList();
    }

    @Inject
    BravoConfig config;

    /** After the demo organisation (people, teams, standards), before the search backfill. */
    @Transactional
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 15) StartupEvent event) {
        if (!config.demo().enabled() || Post.count() > 0 || Person.count() == 0) {
            return;
        }
        new Loader(Instant.now()).load();
    }

    /** Writes the demo board; looks every person, team and standard up once. */
    private static final class Loader {

        private final Instant now;
        private final Instant today;
        private final Random random = new Random(7);
        private final Map<String, Person> people;
        private final Map<String, Team> teams;
        private final Map<String, Behaviour> standards;
        private final Map<String, ServiceRule> rules = new HashMap<>();
        /** Written after every post, so the inserts of each table go out in batches. */
        private final List<Reaction> reactions = new ArrayList<>();

        Loader(Instant now) {
            this.now = now;
            this.today = now.truncatedTo(ChronoUnit.DAYS);
            this.people = Person.<Person> list("active = true").stream()
                    .collect(Collectors.toMap(p -> p.fullName, Function.identity(), (a, b) -> a));
            this.teams = Team.<Team> listAll().stream()
                    .collect(Collectors.toMap(t -> t.name, Function.identity(), (a, b) -> a));
            this.standards = Behaviour.<Behaviour> listAll().stream()
                    .collect(Collectors.toMap(b -> b.name.en, Function.identity(), (a, b) -> a));
        }

        void load() {
            for (String[] rule : RULES) {
                rules.put(rule[0], rule(rule[0], rule[1], false, now.minus(Duration.ofDays(90))));
            }
            for (int i = 0; i < RECOGNITIONS.size(); i++) {
                Thanks row = RECOGNITIONS.get(i);
                Recognition post = new Recognition();
                post.internalService = row.internal();
                post.story = row.story();
                publish(fill(post, row.author(), row.to(), row.standards()), row.fans(), at(i, RECOGNITIONS.size()));
            }
            for (int i = 0; i < STORIES.size(); i++) {
                Resolved row = STORIES.get(i);
                publish(story(row), row.fans(), at(i, STORIES.size()));
            }
            for (int i = 0; i < PRAISE.size(); i++) {
                Praise row = PRAISE.get(i);
                Instant at = at(i, PRAISE.size());
                publish(praise(row, at), row.fans(), at);
            }
            for (int i = 0; i < INSPIRATION.size(); i++) {
                Idea row = INSPIRATION.get(i);
                Inspiration post = new Inspiration();
                post.story = row.story();
                post.source = row.source();
                post.lesson = row.lesson();
                publish(fill(post, row.author(), "", row.standards()), row.fans(), at(i, INSPIRATION.size()));
            }
            Instant storyWritten = now.minus(Duration.ofHours(20));
            rules.put(PROPOSED_RULE, rule(PROPOSED_RULE, null, true, storyWritten));
            waiting(story(PENDING_STORY), storyWritten);
            Instant praiseEntered = now.minus(Duration.ofHours(5));
            waiting(praise(PENDING_PRAISE, praiseEntered), praiseEntered);
            reactions.forEach(reaction -> reaction.persist());
            Post.flush(); // so the time logged includes the writing
            LOG.infof("Loaded the demo board: %d posts (2 waiting for a moderator), %d applause in %d ms",
                    RECOGNITIONS.size() + STORIES.size() + PRAISE.size() + INSPIRATION.size() + 2, reactions.size(),
                    Duration.between(now, Instant.now()).toMillis());
        }

        private ComplaintStory story(Resolved row) {
            ComplaintStory post = new ComplaintStory();
            post.complaint = row.complaint();
            post.story = row.story();
            post.outcome = row.outcome();
            post.resolutionMinutes = row.minutes();
            post.customerQuote = row.quote();
            post.rule = row.rule() == null ? null : required(rules, row.rule(), "rule");
            return fill(post, row.author(), row.involved(), row.standards());
        }

        /** Praise as entered a day or three after the customer sent it; the name only where they consented. */
        private CustomerPraise praise(Praise row, Instant entered) {
            CustomerPraise post = new CustomerPraise();
            post.story = row.words();
            post.channel = row.channel();
            post.receivedOn = LocalDate.ofInstant(entered, ZoneOffset.UTC).minusDays(1 + random.nextInt(3));
            post.customerName = row.customer();
            post.customerContact = row.contact();
            return fill(post, row.author(), row.to(), row.standards());
        }

        private <P extends Post> P fill(P post, String author, String involved, String standardNames) {
            post.author = person(author);
            for (String name : involved.split(",")) {
                if (name.startsWith("team:")) {
                    post.teams.add(required(teams, name.substring(5), "team"));
                } else if (!name.isBlank()) {
                    post.recipients.add(person(name));
                }
            }
            for (String name : standardNames.split(",")) {
                post.behaviours.add(required(standards, name, "service standard"));
            }
            return post;
        }

        /**
         * On the board since {@code at}, applauded by {@code fans} colleagues (never its author, its recipients or
         * the demo's logins).
         */
        private void publish(Post post, int fans, Instant at) {
            post.status = Post.Status.APPROVED;
            post.publishedAt = at;
            post.createdAt = at;
            List<Person> crowd = new ArrayList<>(people.values());
            crowd.sort(Comparator.comparing(p -> p.id));
            crowd.removeIf(p -> LOGINS.contains(p.email));
            crowd.remove(post.author);
            crowd.removeAll(post.recipients);
            Collections.shuffle(crowd, random);
            List<Person> applauding = crowd.subList(0, Math.min(fans, crowd.size()));
            post.applause = applauding.size();
            PostService.index(post);
            post.persist();
            // Most applause comes within a few days of posting.
            long window = Math.max(1, Math.min(Duration.ofDays(3).toMinutes(), Duration.between(at, now).toMinutes()));
            for (Person fan : applauding) {
                Reaction reaction = new Reaction();
                reaction.postId = post.id;
                reaction.personId = fan.id;
                reaction.createdAt = at.plus(Duration.ofMinutes(1 + (long) (random.nextDouble() * (window - 1))));
                reactions.add(reaction);
            }
        }

        /** Written at {@code at} and waiting for a moderator. */
        private void waiting(Post post, Instant at) {
            post.status = Post.Status.PENDING;
            post.createdAt = at;
            PostService.index(post);
            post.persist();
        }

        /**
         * When the {@code i}-th newest of {@code n} posts of a kind went up: the kind spread evenly over the last
         * {@link #DAYS} days, in office hours (07:00 to 16:00 UTC), never in the future.
         */
        private Instant at(int i, int n) {
            long day = (long) ((i + random.nextDouble()) * DAYS / n);
            Instant at = today.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(7 * 60 + random.nextInt(9 * 60)));
            Instant latest = now.minus(Duration.ofMinutes(30));
            return at.isBefore(latest) ? at : latest.minus(Duration.ofMinutes(random.nextInt(4 * 60)));
        }

        private static ServiceRule rule(String name, String description, boolean proposed, Instant at) {
            ServiceRule rule = new ServiceRule();
            rule.setName(name);
            rule.description = description;
            rule.proposed = proposed;
            rule.createdAt = at;
            rule.persist();
            return rule;
        }

        private Person person(String fullName) {
            return required(people, fullName, "person");
        }

        private static <T> T required(Map<String, T> found, String name, String what) {
            T value = found.get(name.strip());
            if (value == null) {
                throw new IllegalStateException("demo " + what + " missing: " + name);
            }
            return value;
        }
    }
}
