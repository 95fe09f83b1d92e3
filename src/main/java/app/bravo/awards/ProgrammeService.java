package app.bravo.awards;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Audit;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.behaviours.Behaviour;
import app.bravo.i18n.LocalizedText;
import app.bravo.i18n.Text;
import app.bravo.people.Department;
import app.bravo.people.Team;
import app.bravo.web.BadInputException;

/** Programmes and their categories, as HR keeps them; every change is audited. */
@ApplicationScoped
public class ProgrammeService {

    @Inject
    Audit audit;

    public static Programme requireProgramme(long id) {
        Programme programme = Programme.findById(id);
        if (programme == null) {
            throw new NotFoundException();
        }
        return programme;
    }

    public static Category requireCategory(long programmeId, long categoryId) {
        Category category = Category.findById(categoryId);
        if (category == null || !category.programme.id.equals(programmeId)) {
            throw new NotFoundException();
        }
        return category;
    }

    @Transactional
    public Programme createProgramme(ProgrammeInput input) {
        Programme programme = new Programme();
        programme.createdAt = Instant.now();
        apply(programme, input, null);
        programme.persist();
        audit.record("award.programme.created", "award-programme:" + programme.id,
                Map.of("name", programme.name.en, "cadence", programme.cadence));
        return programme;
    }

    @Transactional
    public Programme updateProgramme(long id, ProgrammeInput input) {
        Programme programme = requireProgramme(id);
        apply(programme, input, id);
        audit.record("award.programme.updated", "award-programme:" + programme.id,
                Map.of("name", programme.name.en, "cadence", programme.cadence));
        return programme;
    }

    private static void apply(Programme programme, ProgrammeInput input, Long id) {
        String name = input.nameEn().trim();
        if (Programme.find("lower(name.en) = lower(?1)" + (id == null ? "" : " and id <> " + id), name).count() > 0) {
            throw new BadInputException("nameEn", msg(m -> m.error_programme_taken()));
        }
        if (!Emblems.known(input.emblem())) {
            throw new BadInputException("emblem", msg(m -> m.error_emblem_unknown()));
        }
        programme.name = new LocalizedText(name, input.nameSr(), input.nameSl());
        programme.description = new LocalizedText(trimToNull(input.descriptionEn()), input.descriptionSr(),
                input.descriptionSl());
        programme.emblem = input.emblem();
        programme.emblemSvg = null;
        programme.cadence = input.cadence();
    }

    @Transactional
    public Category createCategory(long programmeId, CategoryInput input) {
        Programme programme = requireProgramme(programmeId);
        Category category = new Category();
        category.programme = programme;
        category.sortOrder = (int) Category.count("programme", programme);
        apply(category, input, null);
        category.persist();
        NomineeUnits.replace(category.id, CategoryInput.orEmpty(input.nomineeDepartmentIds()),
                CategoryInput.orEmpty(input.nomineeTeamIds()));
        audit.record("award.category.created", "award-category:" + category.id,
                Map.of("programme", programme.name.en, "name", category.name.en, "method", category.method));
        return category;
    }

    @Transactional
    public Category updateCategory(long programmeId, long categoryId, CategoryInput input) {
        Category category = requireCategory(programmeId, categoryId);
        apply(category, input, category.id);
        NomineeUnits.replace(category.id, CategoryInput.orEmpty(input.nomineeDepartmentIds()),
                CategoryInput.orEmpty(input.nomineeTeamIds()));
        audit.record("award.category.updated", "award-category:" + category.id,
                Map.of("programme", category.programme.name.en, "name", category.name.en, "method",
                        category.method));
        return category;
    }

    /** The rules between a category's fields; every broken one is reported at once, by field. */
    private static void apply(Category category, CategoryInput input, Long id) {
        Map<String, Text> errors = new LinkedHashMap<>();
        // Counting rules must not change under a running vote.
        if (Round.count("programme = ?1 and phase in ?2", category.programme,
                List.of(Phase.SHORTLISTING, Phase.VOTING, Phase.CLOSED)) > 0) {
            throw new BadInputException("method", msg(m -> m.error_category_locked()));
        }
        String name = input.nameEn().trim();
        if (Category.find("programme = ?1 and lower(name.en) = lower(?2)" + (id == null ? "" : " and id <> " + id),
                category.programme, name).count() > 0) {
            errors.put("nameEn", msg(m -> m.error_category_taken()));
        }
        int finalists = input.finalists();
        int winners = input.winners();
        if (winners > finalists) {
            errors.put("winners", msg(m -> m.error_winners_over_finalists(finalists)));
        }
        int maxChoices;
        if (input.method() == VotingMethod.PLURALITY) {
            maxChoices = 1;
        } else if (input.method() == VotingMethod.APPROVAL) {
            maxChoices = input.maxChoices() == null ? 0 : input.maxChoices();
            if (maxChoices < 1 || maxChoices > finalists) {
                errors.put("maxChoices", msg(m -> m.error_approval_choices(finalists)));
            }
        } else {
            // Ranked ballots rank up to every finalist.
            maxChoices = finalists;
        }
        List<Behaviour> behaviours = find(Behaviour.class, CategoryInput.orEmpty(input.behaviourIds()), "behaviourIds",
                errors);
        List<Department> voterDepartments = find(Department.class, CategoryInput.orEmpty(input.voterDepartmentIds()),
                "voterDepartmentIds", errors);
        find(Department.class, CategoryInput.orEmpty(input.nomineeDepartmentIds()), "nomineeDepartmentIds", errors);
        find(Team.class, CategoryInput.orEmpty(input.nomineeTeamIds()), "nomineeTeamIds", errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        category.name = new LocalizedText(name, input.nameSr(), input.nameSl());
        category.criteria = new LocalizedText(trimToNull(input.criteriaEn()), input.criteriaSr(), input.criteriaSl());
        category.nominees = input.nominees();
        category.nomineesFromChosen = !CategoryInput.orEmpty(input.nomineeDepartmentIds()).isEmpty()
                || !CategoryInput.orEmpty(input.nomineeTeamIds()).isEmpty();
        category.votersFromChosen = !voterDepartments.isEmpty();
        category.selfNomination = input.allowsSelf();
        category.finalists = finalists;
        category.winners = winners;
        category.method = input.method();
        category.maxChoices = maxChoices;
        category.behaviours.clear();
        category.behaviours.addAll(behaviours);
        category.voterDepartments.clear();
        category.voterDepartments.addAll(voterDepartments);
    }

    private static <T> List<T> find(Class<T> type, List<Long> ids, String field, Map<String, Text> errors) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<T> found = Category.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " where id in :ids", type).setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.size()) {
            errors.put(field, msg(m -> m.error_unknown_choice()));
        }
        return found;
    }

    static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static Text msg(Function<AwardMessages, String> message) {
        return Text.of(AwardMessages.class, message);
    }
}
