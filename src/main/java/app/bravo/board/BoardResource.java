package app.bravo.board;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.behaviours.Behaviour;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.RelativeTimes;
import app.bravo.people.DirectoryService;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.posts.Post;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.Forms;
import app.bravo.web.Slice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** The notice board, the start page for everyone signed in: the feed with its filters and "show older". */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class BoardResource {

    /** The filters as the page shows them again, and the query string that keeps them. */
    @TemplateData
    public record Filters(String kind, Long team, Long department, Long behaviour, Long person, String personName,
            String period, String q, Long author, String authorName, String query) {

        public boolean any() {
            return !query.isEmpty();
        }
    }

    /** What the filters offer: the active teams and standards (kept with the board's shared part). */
    record FilterChoices(List<BoardQuery.Ref> teams, List<Choice> behaviours) {
    }

    /** A standard the filter offers, named in the reader's language. */
    @TemplateData
    public record Choice(long id, app.bravo.i18n.LocalizedText name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Slice<BoardQuery.Card> cards, Filters filters,
                io.quarkus.qute.RawString filterForm, List<BoardQuery.Card> spotlight,
                List<app.bravo.awards.voting.HallOfFame.Entry> winners);

        static native TemplateInstance filters(Filters filters, List<BoardQuery.Ref> teams, List<Choice> behaviours,
                List<String> periods, List<String> kinds);

        static native TemplateInstance index$items(Slice<BoardQuery.Card> cards, Filters filters);

        static native TemplateInstance person(long personId, BoardQuery.Summary summary, List<BoardQuery.Card> cards);

        static native TemplateInstance team(long teamId, List<BoardQuery.Card> cards);
    }

    /** How many of the latest cards a profile or team page shows. */
    static final int PROFILE_CARDS = 3;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @Inject
    BoardCache cache;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance index(@RestQuery String kind, @RestQuery String team, @RestQuery String department,
            @RestQuery String behaviour, @RestQuery String person, @RestQuery String period, @RestQuery String q,
            @RestQuery String author, @RestQuery String after, @RestHeader("HX-Request") boolean htmx) {
        BoardQuery.Filter filter = new BoardQuery.Filter(Post.Kind.parse(kind), Forms.parseId(team),
                Forms.parseId(department), Forms.parseId(behaviour), Forms.parseId(person),
                BoardQuery.Period.parse(period), q, Forms.parseId(author));
        BoardQuery.Board board = board(filter, after);
        Filters shown = filters(filter);
        if (htmx && after != null) {
            return Templates.index$items(board.feed(), shown);
        }
        String language = currentLocale.getCode();
        return Templates.index(board.feed(), shown, cache.filterForm(language, shown, () -> filterForm(shown)),
                board.spotlight(), cache.winners(language, config.timeZone()));
    }

    /** The filter form: Qute's escaped output, kept by {@link BoardCache#filterForm}. */
    private io.quarkus.qute.RawString filterForm(Filters shown) {
        FilterChoices choices = cache.filterChoices(BoardResource::filterChoices);
        return new io.quarkus.qute.RawString(Templates.filters(shown, choices.teams(), choices.behaviours(),
                PERIODS, KINDS).render());
    }

    private static final List<String> PERIODS = java.util.Arrays.stream(BoardQuery.Period.values()).map(Enum::name)
            .toList();

    private static final List<String> KINDS = java.util.Arrays.stream(Post.Kind.values()).map(Enum::name).toList();

    /**
     * The board on a person's profile (loaded by htmx; the profile links to the filtered board without it):
     * what names them and what they posted, and the latest that names them.
     */
    @GET
    @Path("board/people/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance person(@RestPath long id) {
        Person person = DirectoryService.visiblePerson(id, currentUser.seesDeactivated());
        BoardQuery.Filter latest = new BoardQuery.Filter(null, null, null, null, person.id, BoardQuery.Period.ANY,
                "", null);
        return Templates.person(person.id, BoardQuery.summary(person.id),
                BoardQuery.page(latest, null, PROFILE_CARDS, currentUser.getId(), currentUser.isModerator(),
                        Instant.now(), ago()).items());
    }

    /** The latest on the board about a team and its members, for the team's page (htmx, like the profile's). */
    @GET
    @Path("board/teams/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance team(@RestPath long id) {
        Team team = DirectoryService.visibleTeam(id, currentUser.seesDeactivated());
        BoardQuery.Filter latest = new BoardQuery.Filter(null, team.id, null, null, null, BoardQuery.Period.ANY,
                "", null);
        return Templates.team(team.id, BoardQuery.page(latest, null, PROFILE_CARDS, currentUser.getId(),
                currentUser.isModerator(), Instant.now(), ago()).items());
    }

    private java.util.function.Function<Instant, String> ago() {
        Instant now = Instant.now();
        String language = currentLocale.getCode();
        return then -> RelativeTimes.ago(then, now, language, config.timeZone());
    }

    BoardQuery.Board board(BoardQuery.Filter filter, String after) {
        return cache.board(filter, Forms.parseId(after), config.pageSize(), currentUser.getId(),
                currentUser.isModerator(), Instant.now(), ago());
    }

    private static FilterChoices filterChoices() {
        return new FilterChoices(
                Team.listActive().stream().map(t -> new BoardQuery.Ref(t.id, t.name)).toList(),
                Behaviour.listActive().stream().map(b -> new Choice(b.id, new app.bravo.i18n.LocalizedText(b.name.en, b.name.sr, b.name.sl))).toList());
    }

    private Filters filters(BoardQuery.Filter f) {
        StringBuilder query = new StringBuilder();
        append(query, "kind", f.kind() == null ? null : f.kind().name());
        append(query, "team", f.teamId());
        append(query, "department", f.departmentId());
        append(query, "behaviour", f.behaviourId());
        append(query, "person", f.personId());
        append(query, "period", f.period() == BoardQuery.Period.ANY ? null : f.period().name());
        append(query, "q", f.words().isEmpty() ? null : f.words());
        append(query, "author", f.authorId());
        return new Filters(f.kind() == null ? "" : f.kind().name(), f.teamId(), f.departmentId(), f.behaviourId(),
                f.personId(), nameOf(f.personId()), f.period().name(), f.words(), f.authorId(), nameOf(f.authorId()),
                query.toString());
    }

    /** The name of the person a filter names (kept with the board: a name changes the board's generation). */
    private String nameOf(Long personId) {
        return personId == null ? null
                : cache.personName(personId,
                        () -> Person.<Person> findByIdOptional(personId).map(p -> p.fullName).orElse(null));
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }
}
