package app.bravo.awards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.bravo.awards.tally.VotingMethod;
import app.bravo.i18n.LocalizedText;
import app.bravo.people.Department;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.security.Passwords;
import app.bravo.security.Role;
import app.bravo.support.DemoUser;

/**
 * Award rounds for tests, written straight to the database: programmes, categories, rounds, finalists and people
 * in their own departments. {@link #move} is the round service's own phase move.
 */
@ApplicationScoped
public class AwardFixtures {

    /** Everyone the fixtures create logs in with the demo password. */
    public static final String PASSWORD = DemoUser.PASSWORD;

    public record Voter(long id, String email, long teamId, long departmentId) {
    }

    @Inject
    RoundService rounds;

    private static String passwordHash;

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public Voter person(String fullName, String teamName, String departmentName) {
        Team team = Team.findOrCreate(teamName, departmentName);
        if (passwordHash == null) {
            passwordHash = Passwords.hash(PASSWORD);
        }
        String email = "v-" + UUID.randomUUID().toString().substring(0, 8) + "@test.bravo";
        Person person = Person.enrol(fullName, email, null, team, Role.EMPLOYEE, passwordHash);
        return new Voter(person.id, email, team.id, team.department.id);
    }

    @Transactional
    public long programme(String name) {
        Programme programme = new Programme();
        programme.name = new LocalizedText(name, null, null);
        programme.cadence = Cadence.ONE_OFF;
        programme.createdAt = Instant.now();
        programme.persist();
        return programme.id;
    }

    /** A category; with departments, only their members may vote. */
    @Transactional
    public long category(long programmeId, String name, VotingMethod method, int maxChoices, int winners,
            Long... voterDepartments) {
        Category category = new Category();
        category.programme = Programme.findById(programmeId);
        category.name = new LocalizedText(name, null, null);
        category.nominees = NomineeKind.BOTH;
        category.finalists = 5;
        category.winners = winners;
        category.method = method;
        category.maxChoices = maxChoices;
        category.sortOrder = (int) Category.count("programme.id", programmeId);
        for (Long department : voterDepartments) {
            category.votersFromChosen = true;
            category.voterDepartments.add(Department.findById(department));
        }
        category.persist();
        return category.id;
    }

    @Transactional
    public long round(long programmeId, String title, Phase phase) {
        Round round = new Round();
        round.programme = Programme.findById(programmeId);
        round.title = title;
        round.phase = phase;
        round.phaseChangedAt = Instant.now();
        round.createdAt = Instant.now();
        round.persist();
        return round.id;
    }

    /** Finalists by candidate key ("person:12", "team:3"). */
    @Transactional
    public void finalists(long roundId, long categoryId, String... keys) {
        for (String key : keys) {
            Nomination nomination = new Nomination();
            nomination.round = Round.findById(roundId);
            nomination.category = Category.findById(categoryId);
            nomination.nomineeKey = key;
            long id = Long.parseLong(key.substring(key.indexOf(':') + 1));
            if (key.startsWith("person:")) {
                nomination.person = Person.findById(id);
            } else {
                nomination.team = Team.findById(id);
            }
            nomination.finalist = true;
            nomination.citations = 1;
            nomination.createdAt = Instant.now();
            nomination.persist();
            Citation citation = new Citation();
            citation.nomination = nomination;
            citation.nominator = nomination.person != null ? nomination.person
                    : Person.<Person>find("team.id", id).firstResult();
            citation.citation = "Because " + key + " helps every customer";
            citation.createdAt = Instant.now();
            if (citation.nominator != null) {
                citation.persist();
            }
        }
    }

    /** The phase move, as HR and the scheduler make it ({@link RoundService#move}). True if it moved. */
    public boolean move(long roundId, Phase from, Phase to) {
        try {
            rounds.move(roundId, from, to);
            return true;
        } catch (PhaseConflictException movedBefore) {
            return false;
        }
    }

    /**
     * Only the phase move's conditional update and its event, without the round service's rules and audit: the
     * ballot-side race test holds this open. (With RoundService.move held open the racing ballot waited out its
     * lock retries on H2: see the issue note.)
     */
    @Transactional
    public boolean moveBare(long roundId, Phase from, Phase to) {
        int moved = Round.update("phase = ?1, phaseChangedAt = ?2 where id = ?3 and phase = ?4", to, Instant.now(),
                roundId, from);
        if (moved == 1) {
            phaseChanged.fire(new PhaseChanged(roundId, from, to));
        }
        return moved == 1;
    }

    @Inject
    jakarta.enterprise.event.Event<PhaseChanged> phaseChanged;

    @Transactional
    public Phase phaseOf(long roundId) {
        return Round.<Round>findById(roundId).phase;
    }

    /** Rows of a table for a round (native: the ballot tables have no entities). */
    @Transactional
    public long count(String table, long roundId) {
        return ((Number) Round.getEntityManager().createNativeQuery("select count(*) from " + table
                + " where round_id = ?1").setParameter(1, roundId).getSingleResult()).longValue();
    }

    @Transactional
    public List<String> column(String sql, long roundId) {
        return ((List<?>) Round.getEntityManager().createNativeQuery(sql).setParameter(1, roundId).getResultList())
                .stream().map(String::valueOf).toList();
    }

    /** The person turned award and recognition e-mails off. */
    @Transactional
    public void noticesOff(long personId) {
        app.bravo.people.Account.update("notices = false where person.id = ?1", personId);
    }
}
