package app.bravo.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;

import app.bravo.audit.Audit;
import app.bravo.behaviours.Behaviour;
import app.bravo.i18n.Text;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.web.BadInputException;

/**
 * The rules of posting on the board. Callers name who acts (a person id, and whether they moderate), so the
 * same methods serve pages, the API and scheduled work; errors carry message keys, worded at the edge.
 */
@ApplicationScoped
public class PostService {

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.event.Event<RecognitionNotices.Published> published;

    Clock clock = Clock.systemUTC();

    /** A recognition by {@code authorId}, published at once. */
    @Transactional
    public Recognition recognise(long authorId, RecognitionInput input) {
        Person author = Person.findById(authorId);
        if (author == null || !author.active) {
            throw new ForbiddenException();
        }
        Recognition recognition = new Recognition();
        recognition.author = author;
        apply(recognition, author, input);
        recognition.status = Post.Status.APPROVED;
        recognition.publishedAt = clock.instant();
        recognition.persist();
        audit.record("recognition.created", "post:" + recognition.id, Map.of("recipients", names(recognition)));
        published.fire(new RecognitionNotices.Published(recognition.id));
        return recognition;
    }

    /** Changes a recognition: its author within {@link Post#EDIT_WINDOW}, a moderator at any time. */
    @Transactional
    public Recognition update(long postId, long actorId, boolean moderator, RecognitionInput input) {
        Recognition recognition = Recognition.findById(postId);
        if (recognition == null || recognition.status == Post.Status.REMOVED) {
            throw new NotFoundException();
        }
        checkMayChange(recognition, actorId, moderator);
        apply(recognition, recognition.author, input);
        recognition.updatedAt = clock.instant();
        audit.record("recognition.updated", "post:" + recognition.id, Map.of("recipients", names(recognition)));
        return recognition;
    }

    /** Takes a post off the board for good (kept, marked removed): its author within the window, or a moderator. */
    @Transactional
    public void delete(long postId, long actorId, boolean moderator) {
        Post post = Post.findById(postId);
        if (post == null || post.status == Post.Status.REMOVED) {
            throw new NotFoundException();
        }
        checkMayChange(post, actorId, moderator);
        post.status = Post.Status.REMOVED;
        audit.record("post.removed", "post:" + post.id, Map.of("kind", post.kind().name()));
    }

    /**
     * Sets whether a person applauds a post on the board; saying the same twice changes nothing. The reaction's
     * primary key and the counting statement in the same transaction keep the count right however many clicks
     * race: a racing duplicate fails on the key and is rolled back whole (the caller may simply ask again). Returns
     * the post's applause count afterwards.
     */
    @Transactional
    public int applaud(long postId, long personId, boolean applaud) {
        if (Post.count("id = ?1 and status = ?2", postId, Post.Status.APPROVED) == 0) {
            throw new NotFoundException();
        }
        boolean applauds = Reaction.count("postId = ?1 and personId = ?2", postId, personId) > 0;
        if (applaud && !applauds) {
            Reaction reaction = new Reaction();
            reaction.postId = postId;
            reaction.personId = personId;
            reaction.createdAt = clock.instant();
            reaction.persist();
            Reaction.flush();
            Post.update("applause = applause + 1 where id = ?1", postId);
        } else if (!applaud && applauds) {
            Reaction.delete("postId = ?1 and personId = ?2", postId, personId);
            Post.update("applause = applause - 1 where id = ?1", postId);
        }
        return Post.getEntityManager().createQuery("select p.applause from Post p where p.id = ?1", Integer.class)
                .setParameter(1, postId).getSingleResult();
    }

    /** Whether this actor may change or delete the post now. */
    public boolean mayChange(Post post, long actorId, boolean moderator, Instant now) {
        return moderator || post.author.id == actorId && post.editableByAuthor(now);
    }

    private void checkMayChange(Post post, long actorId, boolean moderator) {
        if (!mayChange(post, actorId, moderator, clock.instant())) {
            if (post.author.id == actorId) {
                throw new BadInputException("post", msg(m -> m.error_edit_window_over()));
            }
            throw new ForbiddenException();
        }
    }

    private void apply(Recognition recognition, Person author, RecognitionInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        List<Long> recipientIds = input.recipients();
        List<Person> recipients = recipientIds.isEmpty() ? List.of()
                : Person.list("id in ?1 and active = true", recipientIds);
        Team team = input.teamId() == null ? null : Team.find("id = ?1 and active = true", input.teamId()).firstResult();
        if (recipients.size() != recipientIds.size()) {
            errors.put("recipientIds", msg(m -> m.error_recipient_unavailable()));
        } else if (input.teamId() != null && team == null) {
            errors.put("teamId", msg(m -> m.error_team_unavailable()));
        } else if (recipients.isEmpty() && team == null) {
            errors.put("recipientIds", msg(m -> m.error_no_recipient()));
        } else if (team == null && recipients.stream().allMatch(p -> p.id.equals(author.id))) {
            errors.put("recipientIds", msg(m -> m.error_only_yourself()));
        }
        List<Long> behaviourIds = input.behaviourIds().stream().distinct().toList();
        List<Behaviour> behaviours = Behaviour.list("id in ?1 and active = true", behaviourIds);
        if (behaviours.size() != behaviourIds.size()) {
            errors.put("behaviourIds", msg(m -> m.error_behaviour_unavailable()));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        recognition.recipients.retainAll(new HashSet<>(recipients));
        recognition.recipients.addAll(recipients);
        recognition.teams.clear();
        if (team != null) {
            recognition.teams.add(team);
        }
        Set<Behaviour> wanted = new HashSet<>(behaviours);
        recognition.behaviours.retainAll(wanted);
        recognition.behaviours.addAll(wanted);
        recognition.story = input.story();
        recognition.caseReference = input.caseReference() == null || input.caseReference().isBlank() ? null
                : input.caseReference().trim();
        recognition.internalService = input.isInternalService();
    }

    private static String names(Post post) {
        List<String> names = new java.util.ArrayList<>(post.recipients.stream().map(p -> p.fullName).toList());
        post.teams.forEach(t -> names.add(t.name));
        return String.join(", ", names);
    }

    private static Text msg(Function<PostMessages, String> message) {
        return Text.of(PostMessages.class, message);
    }
}
