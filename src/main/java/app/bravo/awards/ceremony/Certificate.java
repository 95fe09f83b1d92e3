package app.bravo.awards.ceremony;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.bravo.awards.Citation;
import app.bravo.awards.Emblems;
import app.bravo.awards.Nomination;
import app.bravo.awards.Round;
import app.bravo.awards.Winner;
import app.bravo.awards.voting.Candidates;
import app.bravo.awards.voting.VotingRefused;

/** What one winner's certificate says, read from the announced winner row and the nominee's citations. */
public record Certificate(long winnerId, String name, String category, String programme, String round,
        String emblemColour, String emblemInitial, List<String> citations, boolean shared, String announcedOn) {

    static final int CITATION_CHARS = 300;
    static final int CITATIONS = 3;
    private static final Pattern FILL = Pattern.compile("fill=\"(#[0-9a-fA-F]{3,6})\"");

    /**
     * The certificate of a winner of this round, or 404 (no such winner, or another round's); the round must be
     * announced (see {@code Publication.announced}).
     */
    public static Certificate of(Round round, long winnerId, String language, ZoneId zone) {
        Winner winner = Winner.find("from Winner w join fetch w.category where w.id = ?1 and w.round.id = ?2",
                winnerId, round.id).firstResult();
        if (winner == null) {
            throw VotingRefused.notFound();
        }
        Map<String, String> names = Candidates.names(Set.of(winner.nomineeKey));
        List<String> citations = Citation.<Citation>list("nomination.round.id = ?1 and nomination.category.id = ?2"
                + " and nomination.nomineeKey = ?3 and nomination.status = ?4 order by createdAt, id", round.id,
                winner.category.id, winner.nomineeKey, Nomination.Status.ACTIVE).stream().limit(CITATIONS)
                .map(c -> Ceremony.shorten(c.citation, CITATION_CHARS)).toList();
        String programme = round.programme.name.in(language);
        Locale locale = Locale.forLanguageTag(CeremonyResource.htmlLang(language));
        return new Certificate(winner.id, names.get(winner.nomineeKey), winner.category.name.in(language), programme,
                round.title, emblemColour(round.programme.emblem),
                programme.isEmpty() ? "" : programme.substring(0, programme.offsetByCodePoints(0, 1)), citations,
                winner.shared, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(winner.announcedAt.atZone(zone)));
    }

    /** An ASCII file name from the winner's name ("Đorđe Stanković" gives "certificate-dorde-stankovic.pdf"). */
    public String fileName() {
        String ascii = Normalizer.normalize(name == null ? "" : name.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
        return "certificate-" + (ascii.isEmpty() ? String.valueOf(winnerId) : ascii) + ".pdf";
    }

    /**
     * The emblem's main colour, read from the built-in SVG: the PDF draws the badge as a coloured disc with the
     * programme's initial instead of embedding the SVG (openhtmltopdf needs Batik for SVG, not served here).
     */
    static String emblemColour(String emblem) {
        String path = "META-INF/resources" + Emblems.url(emblem);
        try (InputStream in = Certificate.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                Matcher fill = FILL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (fill.find()) {
                    return fill.group(1);
                }
            }
        } catch (IOException e) {
            // A missing or unreadable emblem falls back to the default colour below.
        }
        return "#f5b301";
    }
}
