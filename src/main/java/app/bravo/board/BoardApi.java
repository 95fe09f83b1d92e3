package app.bravo.board;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.posts.Post;
import app.bravo.web.Forms;

/** The board's feed for API clients: the page's filters and cursor. */
@Path("/api/board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board")
public class BoardApi {

    /** {@code spotlight}: the posts pinned now, on the unfiltered first page only (empty otherwise). */
    public record FeedView(List<BoardQuery.Card> spotlight, List<BoardQuery.Card> items, String next) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    BravoConfig config;

    @Inject
    BoardCache cache;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "The notice board, newest first", description = "Filters kind, team, department, "
            + "behaviour, person (a recipient), period (WEEK, MONTH, QUARTER, YEAR), q (words, each matching the "
            + "beginning of a word of the post or its people), author (who posted); pass next as after= for more. "
            + "The unfiltered first page also lists the posts pinned now as spotlight (at most three).")
    public FeedView feed(@RestQuery String kind, @RestQuery String team, @RestQuery String department,
            @RestQuery String behaviour, @RestQuery String person, @RestQuery String period, @RestQuery String q,
            @RestQuery String author, @RestQuery String after, @RestQuery Integer size) {
        int pageSize = size == null ? config.pageSize() : Math.min(Math.max(1, size), config.maxPageSize());
        BoardQuery.Filter filter = new BoardQuery.Filter(Post.Kind.parse(kind), Forms.parseId(team),
                Forms.parseId(department), Forms.parseId(behaviour), Forms.parseId(person),
                BoardQuery.Period.parse(period), q, Forms.parseId(author));
        Instant now = Instant.now();
        BoardQuery.Board board = cache.board(filter, Forms.parseId(after), pageSize,
                currentUser.getId(), currentUser.isModerator(), now, then -> then.toString());
        return new FeedView(board.spotlight(), board.feed().items(), board.feed().next());
    }
}
