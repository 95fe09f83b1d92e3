package app.bravo.awards;

import static app.bravo.awards.ProgrammeService.msg;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import app.bravo.audit.Audit;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.posts.Post;
import app.bravo.posts.Recognition;
import app.bravo.web.BadInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Nominations while a round is NOMINATING. Nominating someone already nominated in the category merges: one
 * nomination row per nominee (a unique key), the citations kept together and counted by a statement. The row
 * is created in a short transaction of its own, so that a racing insert that loses the unique key only has to
 * read the winner's row (on PostgreSQL a failed insert would end the whole transaction). A nominator writes
 * one citation per nominee: nominating the same nominee again replaces their citation's text.
 */
@ApplicationScoped
public class NominationService {

    /** What a nomination did: the nominee's nomination, and whether this nominator's citation is new. */
    public record Outcome(long nominationId, boolean newCitation) {
    }

    /** The first citation of a nominee: they are told after commit (see {@link NominationNotices}). */
    public record Nominated(long nominationId) {
    }

    record Nominee(String key, Long personId, Long teamId, String citation, Long postId) {
    }

    @Inject
    Audit audit;

    @Inject
    Event<Nominated> nominated;

    public Outcome nominate(long roundId, long nominatorId, NominationInput input) {
        Nominee nominee = QuarkusTransaction.requiringNew().call(() -> check(roundId, nominatorId, input));
        Long nominationId = findNomination(roundId, input.categoryId(), nominee.key());
        if (nominationId == null) {
            try {
                QuarkusTransaction.requiringNew().run(() -> insertNomination(roundId, input.categoryId(), nominee));
            } catch (RuntimeException e) {
                // Another nominator created the row at the same moment: theirs is the one.
                if (findNomination(roundId, input.categoryId(), nominee.key()) == null) {
                    throw e;
                }
            }
            nominationId = findNomination(roundId, input.categoryId(), nominee.key());
        }
        long id = nominationId;
        return QuarkusTransaction.requiringNew().call(() -> addCitation(roundId, id, nominatorId, nominee));
    }

    private static Long findNomination(long roundId, long categoryId, String key) {
        return QuarkusTransaction.requiringNew().call(() -> Nomination.<Nomination> find(
                "round.id = ?1 and category.id = ?2 and nomineeKey = ?3", roundId, categoryId, key)
                .firstResultOptional().map(n -> n.id).orElse(null));
    }

    private static void insertNomination(long roundId, long categoryId, Nominee nominee) {
        Nomination nomination = new Nomination();
        nomination.round = Round.getEntityManager().getReference(Round.class, roundId);
        nomination.category = Category.getEntityManager().getReference(Category.class, categoryId);
        nomination.nomineeKey = nominee.key();
        nomination.person = nominee.personId() == null ? null
                : Person.getEntityManager().getReference(Person.class, nominee.personId());
        nomination.team = nominee.teamId() == null ? null
                : Team.getEntityManager().getReference(Team.class, nominee.teamId());
        nomination.createdAt = Instant.now();
        nomination.persist();
        nomination.flush();
    }

    private Outcome addCitation(long roundId, long nominationId, long nominatorId, Nominee nominee) {
        // A shared lock on the round: a phase move waits for this citation, and a citation after the move sees it.
        Round round = Round.getEntityManager().find(Round.class, roundId, LockModeType.PESSIMISTIC_READ);
        if (round == null || round.phase != Phase.NOMINATING) {
            throw new PhaseConflictException(msg(m -> m.error_not_nominating()));
        }
        Nomination nomination = Nomination.findById(nominationId);
        if (nomination.status == Nomination.Status.WITHDRAWN) {
            throw new BadInputException("citation", msg(m -> m.error_nominee_withdrawn()));
        }
        Citation own = Citation.find("nomination.id = ?1 and nominator.id = ?2", nominationId, nominatorId)
                .firstResult();
        Post post = nominee.postId() == null ? null : Post.findById(nominee.postId());
        if (own != null) {
            own.citation = nominee.citation();
            own.post = post;
            audit.record("award.nomination.edited", "award-nomination:" + nominationId,
                    Map.of("nominee", nominee.key()));
            return new Outcome(nominationId, false);
        }
        Citation citation = new Citation();
        citation.nomination = nomination;
        citation.nominator = Person.findById(nominatorId);
        citation.citation = nominee.citation();
        citation.post = post;
        citation.createdAt = Instant.now();
        citation.persist();
        citation.flush();
        // The count is kept by the statement, not by the entity: racing citations each add one.
        Nomination.update("citations = citations + 1 where id = ?1", nominationId);
        int count = Round.getEntityManager()
                .createQuery("select n.citations from Nomination n where n.id = :id", Integer.class)
                .setParameter("id", nominationId).getSingleResult();
        audit.record("award.nominated", "award-nomination:" + nominationId,
                Map.of("round", round.title, "nominee", nominee.key(), "post", nominee.postId() == null ? ""
                        : nominee.postId()));
        if (count == 1) {
            nominated.fire(new Nominated(nominationId));
        }
        return new Outcome(nominationId, true);
    }

    /** The rules of a nomination; the nominee's key and the citation to store. */
    private static Nominee check(long roundId, long nominatorId, NominationInput input) {
        Round round = RoundService.requireRound(roundId);
        if (round.phase != Phase.NOMINATING) {
            throw new PhaseConflictException(msg(m -> m.error_not_nominating()));
        }
        Category category = Category.findById(input.categoryId());
        if (category == null || !category.programme.id.equals(round.programme.id) || !category.active) {
            throw new BadInputException("categoryId", msg(m -> m.error_unknown_choice()));
        }
        Person nominator = Person.findById(nominatorId);
        Long personId = input.personId();
        Long teamId = input.teamId();
        Recognition post = null;
        if (input.postId() != null) {
            post = Recognition.findById(input.postId());
            if (post == null || post.status != Post.Status.APPROVED) {
                throw new BadInputException("postId", msg(m -> m.error_post_unavailable()));
            }
            if (personId == null && teamId == null) {
                // The recognition's only recipient, when it names just one.
                if (post.recipients.size() == 1 && post.teams.isEmpty()) {
                    personId = post.recipients.iterator().next().id;
                } else if (post.teams.size() == 1 && post.recipients.isEmpty()) {
                    teamId = post.teams.iterator().next().id;
                }
            }
        }
        if ((personId == null) == (teamId == null)) {
            throw new BadInputException("nominee", msg(m -> m.error_nominee_one()));
        }
        NomineeUnits units = NomineeUnits.of(category.id);
        String key;
        if (personId != null) {
            Person person = Person.findById(personId);
            if (person == null || !person.active) {
                throw new BadInputException("nominee", msg(m -> m.error_nominee_inactive()));
            }
            if (!category.nominees.allowsPeople()) {
                throw new BadInputException("nominee", msg(m -> m.error_nominee_teams_only()));
            }
            if (!units.covers(person.team == null ? null : person.team.id,
                    person.team == null ? null : person.team.department.id)) {
                throw new BadInputException("nominee", msg(m -> m.error_nominee_out_of_scope()));
            }
            if (person.id.equals(nominatorId) && !category.selfNomination) {
                throw new BadInputException("nominee", msg(m -> m.error_self_nomination()));
            }
            if (post != null && post.recipients.stream().noneMatch(r -> r.id.equals(person.id))) {
                throw new BadInputException("postId", msg(m -> m.error_post_not_about_nominee()));
            }
            key = Nomination.keyOfPerson(person.id);
        } else {
            Team team = Team.findById(teamId);
            if (team == null || !team.active) {
                throw new BadInputException("nominee", msg(m -> m.error_nominee_inactive()));
            }
            if (!category.nominees.allowsTeams()) {
                throw new BadInputException("nominee", msg(m -> m.error_nominee_people_only()));
            }
            if (!units.covers(team.id, team.department.id)) {
                throw new BadInputException("nominee", msg(m -> m.error_nominee_out_of_scope()));
            }
            if (nominator.team != null && nominator.team.id.equals(team.id) && !category.selfNomination) {
                throw new BadInputException("nominee", msg(m -> m.error_own_team()));
            }
            if (post != null && post.teams.stream().noneMatch(t -> t.id.equals(team.id))) {
                throw new BadInputException("postId", msg(m -> m.error_post_not_about_nominee()));
            }
            key = Nomination.keyOfTeam(team.id);
        }
        String citation = ProgrammeService.trimToNull(input.citation());
        if (citation == null && post != null) {
            citation = post.story.length() > Citation.MAX_TEXT ? post.story.substring(0, Citation.MAX_TEXT - 1) + "…"
                    : post.story;
        }
        if (citation == null) {
            throw new BadInputException("citation", msg(m -> m.error_citation_required()));
        }
        return new Nominee(key, personId, teamId, citation, post == null ? null : post.id);
    }

    /** The rounds open for nominations, for the "Nominate for an award" link of a recognition. */
    public static List<Round> nominating() {
        return Round.inPhase(Phase.NOMINATING);
    }
}
