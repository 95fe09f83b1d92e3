package app.bravo.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.awards.tally.VotingMethod;
import app.bravo.web.Forms;

/** The award pages' forms: text fields as typed, turned into the validated input records the API uses too. */
public final class AwardForms {

    private AwardForms() {
    }

    public static class ProgrammeForm {
        @RestForm public String nameEn;
        @RestForm public String nameSr;
        @RestForm public String nameSl;
        @RestForm public String descriptionEn;
        @RestForm public String descriptionSr;
        @RestForm public String descriptionSl;
        @RestForm public String emblem;
        @RestForm public String cadence;

        public static ProgrammeForm blank() {
            ProgrammeForm form = new ProgrammeForm();
            form.emblem = Emblems.KEYS.get(0);
            form.cadence = Cadence.QUARTERLY.name();
            return form;
        }

        public static ProgrammeForm of(Programme p) {
            ProgrammeForm form = new ProgrammeForm();
            form.nameEn = p.name.en;
            form.nameSr = p.name.sr;
            form.nameSl = p.name.sl;
            if (p.description != null) {
                form.descriptionEn = p.description.en;
                form.descriptionSr = p.description.sr;
                form.descriptionSl = p.description.sl;
            }
            form.emblem = p.emblem;
            form.cadence = p.cadence.name();
            return form;
        }

        public ProgrammeInput toInput() {
            return new ProgrammeInput(nameEn, nameSr, nameSl, descriptionEn, descriptionSr, descriptionSl, emblem,
                    parse(Cadence.class, cadence));
        }
    }

    public static class CategoryForm {
        @RestForm public String nameEn;
        @RestForm public String nameSr;
        @RestForm public String nameSl;
        @RestForm public String criteriaEn;
        @RestForm public String criteriaSr;
        @RestForm public String criteriaSl;
        @RestForm public List<String> behaviourIds = new ArrayList<>();
        @RestForm public String nominees;
        @RestForm public List<String> nomineeDepartmentIds = new ArrayList<>();
        @RestForm public List<String> nomineeTeamIds = new ArrayList<>();
        @RestForm public List<String> voterDepartmentIds = new ArrayList<>();
        @RestForm public String selfNomination;
        @RestForm public String finalists;
        @RestForm public String winners;
        @RestForm public String method;
        @RestForm public String maxChoices;

        public static CategoryForm blank() {
            CategoryForm form = new CategoryForm();
            form.nominees = NomineeKind.PEOPLE.name();
            form.finalists = "3";
            form.winners = "1";
            form.method = VotingMethod.PLURALITY.name();
            form.maxChoices = "1";
            return form;
        }

        public static CategoryForm of(Category c) {
            CategoryForm form = new CategoryForm();
            form.nameEn = c.name.en;
            form.nameSr = c.name.sr;
            form.nameSl = c.name.sl;
            if (c.criteria != null) {
                form.criteriaEn = c.criteria.en;
                form.criteriaSr = c.criteria.sr;
                form.criteriaSl = c.criteria.sl;
            }
            form.behaviourIds = c.behaviours.stream().map(b -> b.id.toString()).toList();
            form.nominees = c.nominees.name();
            NomineeUnits units = NomineeUnits.of(c.id);
            form.nomineeDepartmentIds = units.departmentIds().stream().map(Object::toString).toList();
            form.nomineeTeamIds = units.teamIds().stream().map(Object::toString).toList();
            form.voterDepartmentIds = c.voterDepartments.stream().map(d -> d.id.toString()).toList();
            form.selfNomination = Boolean.toString(c.selfNomination);
            form.finalists = Integer.toString(c.finalists);
            form.winners = Integer.toString(c.winners);
            form.method = c.method.name();
            form.maxChoices = Integer.toString(c.maxChoices);
            return form;
        }

        public CategoryInput toInput() {
            return new CategoryInput(nameEn, nameSr, nameSl, criteriaEn, criteriaSr, criteriaSl, ids(behaviourIds),
                    parse(NomineeKind.class, nominees), ids(nomineeDepartmentIds), ids(nomineeTeamIds),
                    ids(voterDepartmentIds), Forms.checked(selfNomination), Forms.parseInt(finalists),
                    Forms.parseInt(winners), parse(VotingMethod.class, method), Forms.parseInt(maxChoices));
        }

        public boolean selfTicked() {
            return Forms.checked(selfNomination);
        }

        public boolean chosen(List<String> ids, Object id) {
            return ids != null && ids.contains(String.valueOf(id));
        }
    }

    public static class RoundForm {
        @RestForm public String title;
        @RestForm public String periodStart;
        @RestForm public String periodEnd;
        @RestForm public String nominatingAt;
        @RestForm public String shortlistingAt;
        @RestForm public String votingAt;
        @RestForm public String closingAt;
        @RestForm public String announcingAt;

        /** The times are typed in the organisation's time zone (datetime-local fields). */
        public RoundInput toInput(long programmeId, ZoneId zone) {
            return new RoundInput(programmeId, title, date(periodStart), date(periodEnd), time(nominatingAt, zone),
                    time(shortlistingAt, zone), time(votingAt, zone), time(closingAt, zone), time(announcingAt, zone));
        }

        /** The fields that are filled but cannot be read as a date or a time. */
        public List<String> unreadable() {
            List<String> bad = new ArrayList<>();
            if (filled(periodStart) && date(periodStart) == null) bad.add("periodStart");
            if (filled(periodEnd) && date(periodEnd) == null) bad.add("periodEnd");
            String[] names = { "nominatingAt", "shortlistingAt", "votingAt", "closingAt", "announcingAt" };
            String[] values = { nominatingAt, shortlistingAt, votingAt, closingAt, announcingAt };
            for (int i = 0; i < names.length; i++) {
                if (filled(values[i]) && time(values[i], ZoneId.of("UTC")) == null) bad.add(names[i]);
            }
            return bad;
        }
    }

    public static class NominateForm {
        @RestForm public String categoryId;
        /** "person:ID" or "team:ID". */
        @RestForm public String nominee;
        @RestForm public String citation;
        @RestForm public String postId;
        /** The search for a person to nominate (the page's GET form). */
        @RestForm public String q;

        public boolean isCategory(Long id) {
            return id != null && id.equals(Forms.parseId(categoryId));
        }

        public boolean isNominee(String kind, Long id) {
            return (kind + ":" + id).equals(nominee);
        }

        public NominationInput toInput() {
            Long person = null;
            Long team = null;
            if (nominee != null && nominee.startsWith("person:")) {
                person = Forms.parseId(nominee.substring(7));
            } else if (nominee != null && nominee.startsWith("team:")) {
                team = Forms.parseId(nominee.substring(5));
            }
            return new NominationInput(Forms.parseId(categoryId), person, team, citation, Forms.parseId(postId));
        }
    }

    static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    static LocalDate date(String text) {
        try {
            return filled(text) ? LocalDate.parse(text.trim()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant time(String text, ZoneId zone) {
        try {
            return filled(text) ? LocalDateTime.parse(text.trim()).atZone(zone).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static List<Long> ids(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Forms::parseId).filter(Objects::nonNull).toList();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return value;
            }
        }
        return null;
    }
}
