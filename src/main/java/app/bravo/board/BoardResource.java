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
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.behaviours.Behaviour;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.RelativeTimes;
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
            String period, String query) {

        public boolean any() {
            return !query.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Slice<BoardQuery.Card> cards, Filters filters, List<Team> teams,
                List<Behaviour> behaviours, List<String> periods, List<BoardQuery.Card> spotlight);

        static native TemplateInstance index$items(Slice<BoardQuery.Card> cards, Filters filters);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance index(@RestQuery String kind, @RestQuery String team, @RestQuery String department,
            @RestQuery String behaviour, @RestQuery String person, @RestQuery String period, @RestQuery String after,
            @RestHeader("HX-Request") boolean htmx) {
        BoardQuery.Filter filter = new BoardQuery.Filter(kind(kind), Forms.parseId(team), Forms.parseId(department),
                Forms.parseId(behaviour), Forms.parseId(person), BoardQuery.Period.parse(period));
        BoardQuery.Board board = board(filter, after);
        Filters shown = filters(filter);
        if (htmx && after != null) {
            return Templates.index$items(board.feed(), shown);
        }
        return Templates.index(board.feed(), shown, Team.listActive(), Behaviour.listActive(),
                java.util.Arrays.stream(BoardQuery.Period.values()).map(Enum::name).toList(), board.spotlight());
    }

    BoardQuery.Board board(BoardQuery.Filter filter, String after) {
        Instant now = Instant.now();
        String language = currentLocale.getCode();
        return BoardQuery.withSpotlight(filter, Forms.parseId(after), config.pageSize(), currentUser.getId(),
                currentUser.isModerator(), now, then -> RelativeTimes.ago(then, now, language, config.timeZone()));
    }

    static Post.Kind kind(String text) {
        for (Post.Kind kind : Post.Kind.values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        return null;
    }

    private static Filters filters(BoardQuery.Filter f) {
        StringBuilder query = new StringBuilder();
        append(query, "kind", f.kind() == null ? null : f.kind().name());
        append(query, "team", f.teamId());
        append(query, "department", f.departmentId());
        append(query, "behaviour", f.behaviourId());
        append(query, "person", f.personId());
        append(query, "period", f.period() == BoardQuery.Period.ANY ? null : f.period().name());
        String personName = f.personId() == null ? null
                : Person.<Person> findByIdOptional(f.personId()).map(p -> p.fullName).orElse(null);
        return new Filters(f.kind() == null ? "" : f.kind().name(), f.teamId(), f.departmentId(), f.behaviourId(),
                f.personId(), personName, f.period().name(), query.toString());
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }
}
