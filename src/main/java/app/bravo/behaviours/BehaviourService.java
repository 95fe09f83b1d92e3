package app.bravo.behaviours;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Audit;
import app.bravo.i18n.LocalizedText;
import app.bravo.i18n.Text;
import app.bravo.web.BadInputException;

@ApplicationScoped
public class BehaviourService {

    @Inject
    Audit audit;

    public static Behaviour require(long id) {
        Behaviour behaviour = Behaviour.findById(id);
        if (behaviour == null) {
            throw new NotFoundException();
        }
        return behaviour;
    }

    /** A standard as a reader may see it: a retired one only with {@code withRetired}, else it does not exist. */
    public static Behaviour visible(long id, boolean withRetired) {
        Behaviour behaviour = require(id);
        if (!behaviour.active && !withRetired) {
            throw new NotFoundException();
        }
        return behaviour;
    }

    @Transactional
    public Behaviour create(BehaviourInput input) {
        Behaviour behaviour = new Behaviour();
        apply(behaviour, input, null);
        behaviour.persist();
        audit.record("behaviour.created", "behaviour:" + behaviour.id, Map.of("name", behaviour.name.en));
        return behaviour;
    }

    @Transactional
    public Behaviour update(long id, BehaviourInput input) {
        Behaviour behaviour = require(id);
        apply(behaviour, input, id);
        audit.record("behaviour.updated", "behaviour:" + behaviour.id,
                Map.of("name", behaviour.name.en, "retired", !behaviour.active));
        return behaviour;
    }

    private void apply(Behaviour behaviour, BehaviourInput input, Long id) {
        if (Behaviour.nameTaken(input.nameEn(), id)) {
            throw new BadInputException("nameEn", Text.of(BehaviourMessages.class, m -> m.error_behaviour_taken()));
        }
        behaviour.name = new LocalizedText(input.nameEn().trim(), input.nameSr(), input.nameSl());
        behaviour.description = new LocalizedText(input.descriptionEn().trim(), input.descriptionSr(),
                input.descriptionSl());
        String exampleEn = input.exampleEn() == null || input.exampleEn().isBlank() ? null : input.exampleEn().trim();
        behaviour.example = new LocalizedText(exampleEn, input.exampleSr(), input.exampleSl());
        behaviour.active = input.isActive();
    }
}
