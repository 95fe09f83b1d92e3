package app.bravo.support;

import java.util.List;
import java.util.Map;

import app.bravo.audit.AuditEntry;
import app.bravo.posts.Post;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Posts for tests: recognitions through the API, turned pending the way a story or praise starts out. */
public final class Posts {

    private Posts() {
    }

    /** The active service standards' ids. */
    public static List<Long> behaviourIds() {
        return Api.as(Role.EMPLOYEE).get("/api/behaviours").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    public static long personId(DemoUser user) {
        return Api.as(Role.HR).queryParam("q", user.email).get("/api/people").then().extract().jsonPath()
                .getLong("items[0].id");
    }

    /** A published recognition of {@code recipient} by {@code author}. */
    public static long recognition(RequestSpecification author, long recipient, String story) {
        long behaviour = Api.as(Role.EMPLOYEE).get("/api/behaviours").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        return author.contentType(ContentType.JSON).body(Map.of("recipientIds", List.of(recipient), "behaviourIds",
                List.of(behaviour), "story", story)).post("/api/recognitions").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** A post waiting for a moderator, as kinds that need approval are created: pending, never published. */
    public static long pending(RequestSpecification author, long recipient, String story) {
        long id = recognition(author, recipient, story);
        QuarkusTransaction.requiringNew().run(() -> Post.update("status = ?1, publishedAt = null where id = ?2",
                Post.Status.PENDING, id));
        return id;
    }

    public static Post.Status status(long postId) {
        return QuarkusTransaction.requiringNew().call(() -> Post.<Post> findById(postId).status);
    }

    /** The audit entries of an action about a subject ("post:12"), oldest first. */
    public static List<AuditEntry> audit(String action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "action = ?1 and subject = ?2 order by id", action, subject));
    }

    /** The ids on a page of the board's API, filtered to posts for {@code recipient}. */
    public static List<Long> onBoard(long recipient) {
        return Api.as(Role.EMPLOYEE).get("/api/board?size=100&person=" + recipient).then().statusCode(200).extract()
                .jsonPath().getList("items.id", Long.class);
    }
}
