package app.bravo.awards;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.bravo.awards.tally.VotingMethod;

/**
 * A category as HR writes it (form and API). Empty nominee departments and teams mean the whole organisation;
 * empty voter departments likewise. {@code maxChoices} is approval's k (plurality takes 1, ranked methods rank
 * up to the finalists). The rules between the numbers are checked by {@link ProgrammeService}.
 */
public record CategoryInput(
        @NotBlank @Size(max = 120) String nameEn,
        @Size(max = 120) String nameSr,
        @Size(max = 120) String nameSl,
        @Size(max = 2000) String criteriaEn,
        @Size(max = 2000) String criteriaSr,
        @Size(max = 2000) String criteriaSl,
        List<Long> behaviourIds,
        @NotNull NomineeKind nominees,
        List<Long> nomineeDepartmentIds,
        List<Long> nomineeTeamIds,
        List<Long> voterDepartmentIds,
        Boolean selfNomination,
        @NotNull @Min(1) @Max(50) Integer finalists,
        @NotNull @Min(1) @Max(50) Integer winners,
        @NotNull VotingMethod method,
        @Min(1) @Max(50) Integer maxChoices) {

    static List<Long> orEmpty(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public boolean allowsSelf() {
        return selfNomination != null && selfNomination;
    }
}
