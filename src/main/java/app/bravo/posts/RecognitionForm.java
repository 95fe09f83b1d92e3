package app.bravo.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;

/** The recognise form as typed, kept as text so a bad value can be shown again. */
public class RecognitionForm {

    @RestForm
    public List<String> recipientIds = new ArrayList<>();

    @RestForm
    public String teamId;

    @RestForm
    public List<String> behaviourIds = new ArrayList<>();

    @RestForm
    public String story;

    @RestForm
    public String caseReference;

    @RestForm
    public String internalService;

    public static RecognitionForm blank() {
        return new RecognitionForm();
    }

    public static RecognitionForm of(Recognition recognition) {
        RecognitionForm form = new RecognitionForm();
        recognition.recipients.forEach(p -> form.recipientIds.add(p.id.toString()));
        form.teamId = recognition.teams.stream().findFirst().map(t -> t.id.toString()).orElse(null);
        recognition.behaviours.forEach(b -> form.behaviourIds.add(b.id.toString()));
        form.story = recognition.story;
        form.caseReference = recognition.caseReference;
        form.internalService = Boolean.toString(recognition.internalService);
        return form;
    }

    public RecognitionInput toInput() {
        return new RecognitionInput(ids(recipientIds), Forms.parseId(teamId), ids(behaviourIds), Texts.trimmed(story),
                Texts.trimmed(caseReference), Forms.checked(internalService));
    }

    public boolean chosen(Long behaviourId) {
        return behaviourIds != null && behaviourIds.contains(String.valueOf(behaviourId));
    }

    public boolean internalServiceTicked() {
        return Forms.checked(internalService);
    }

    /** The ids as typed; anything that is not one counts as missing and is dropped. */
    private static List<Long> ids(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Forms::parseId).filter(Objects::nonNull).distinct().toList();
    }

}
