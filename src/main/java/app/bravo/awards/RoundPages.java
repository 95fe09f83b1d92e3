package app.bravo.awards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.bravo.awards.AwardViews.CitationView;
import app.bravo.awards.AwardViews.NominationView;
import io.quarkus.qute.TemplateData;

/** What the round page and the API read: the nominations of a round with their citations, per category. */
public final class RoundPages {

    private RoundPages() {
    }

    @TemplateData
    public record CategoryBlock(Category category, List<NominationView> nominations) {
        public long finalists() {
            return nominations.stream().filter(NominationView::finalist).count();
        }
    }

    /** Nominations (with at least one citation) in category order; withdrawn ones only with {@code withWithdrawn}. */
    public static List<NominationView> nominations(Round round, boolean withWithdrawn) {
        List<Nomination> nominations = Nomination.find("""
                select n from Nomination n left join fetch n.person left join fetch n.team
                where n.round = ?1 and n.citations > 0 order by n.category.sortOrder, n.category.id,
                n.finalist desc, n.citations desc, n.createdAt, n.id""", round).list();
        Map<Long, List<CitationView>> citations = new LinkedHashMap<>();
        for (Citation c : Citation.<Citation> find("""
                select c from Citation c join fetch c.nominator left join fetch c.post where c.nomination.round = ?1
                order by c.createdAt, c.id""", round).list()) {
            citations.computeIfAbsent(c.nomination.id, id -> new ArrayList<>())
                    .add(new CitationView(c.nominator.fullName, c.citation, c.post == null ? null : c.post.id,
                            c.createdAt));
        }
        return nominations.stream()
                .filter(n -> withWithdrawn || n.status == Nomination.Status.ACTIVE)
                .map(n -> new NominationView(n.id, n.category.id, n.nomineeKey,
                        n.person == null ? null : n.person.id, n.team == null ? null : n.team.id,
                        n.person != null ? n.person.fullName : n.team.name, n.status,
                        withWithdrawn ? n.withdrawnReason : null, n.finalist, n.citations,
                        citations.getOrDefault(n.id, List.of())))
                .toList();
    }

    public static List<CategoryBlock> blocks(Round round, boolean withWithdrawn) {
        List<NominationView> all = nominations(round, withWithdrawn);
        return RoundService.activeCategories(round).stream()
                .map(c -> new CategoryBlock(c, all.stream().filter(n -> n.categoryId() == c.id).toList()))
                .toList();
    }
}
