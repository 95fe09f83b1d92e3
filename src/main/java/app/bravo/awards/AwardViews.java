package app.bravo.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.bravo.awards.tally.VotingMethod;
import app.bravo.i18n.LocalizedText;

/** The JSON shapes of the awards API. */
public final class AwardViews {

    private AwardViews() {
    }

    public record Texts(String en, String sr, String sl) {
        static Texts of(LocalizedText text) {
            return text == null ? new Texts(null, null, null) : new Texts(text.en, text.sr, text.sl);
        }
    }

    public record CategoryView(long id, Texts name, Texts criteria, List<Long> behaviourIds, NomineeKind nominees,
            List<Long> nomineeDepartmentIds, List<Long> nomineeTeamIds, List<Long> voterDepartmentIds,
            boolean selfNomination, int finalists, int winners, VotingMethod method, int maxChoices) {
        static CategoryView of(Category c) {
            NomineeUnits units = NomineeUnits.of(c.id);
            return new CategoryView(c.id, Texts.of(c.name), Texts.of(c.criteria),
                    c.behaviours.stream().map(b -> b.id).sorted().toList(), c.nominees, units.departmentIds(),
                    units.teamIds(), c.voterDepartments.stream().map(d -> d.id).sorted().toList(), c.selfNomination,
                    c.finalists, c.winners, c.method, c.maxChoices);
        }
    }

    public record ProgrammeView(long id, Texts name, Texts description, String emblem, String emblemUrl,
            Cadence cadence, List<CategoryView> categories) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id, Texts.of(p.name), Texts.of(p.description), p.emblem, Emblems.url(p.emblem),
                    p.cadence, p.categories.stream().filter(c -> c.active).map(CategoryView::of).toList());
        }
    }

    public record RoundView(long id, long programmeId, String title, Phase phase, LocalDate periodStart,
            LocalDate periodEnd, Instant nominatingAt, Instant shortlistingAt, Instant votingAt, Instant closingAt,
            Instant announcingAt, Instant phaseChangedAt) {
        static RoundView of(Round r) {
            return new RoundView(r.id, r.programme.id, r.title, r.phase, r.periodStart, r.periodEnd, r.nominatingAt,
                    r.shortlistingAt, r.votingAt, r.closingAt, r.announcingAt, r.phaseChangedAt);
        }
    }

    public record CitationView(String nominator, String citation, Long postId, Instant createdAt) {
    }

    public record NominationView(long id, long categoryId, String nomineeKey, Long personId, Long teamId,
            String nominee, Nomination.Status status, String withdrawnReason, boolean finalist, int citationCount,
            List<CitationView> citations) {
    }

    /** The body of a phase move: the phase the caller saw and the next one. */
    public record PhaseMove(Phase from, Phase to) {
    }

    /** HR's finalists of a category. */
    public record ShortlistInput(Long categoryId, List<Long> nominationIds) {
    }

    public record WithdrawInput(String reason) {
    }
}
