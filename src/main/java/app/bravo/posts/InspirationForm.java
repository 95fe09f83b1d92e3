package app.bravo.posts;

import org.jboss.resteasy.reactive.RestForm;

/** The inspiration form as typed. */
public class InspirationForm extends PostForm {

    @RestForm
    public String story;

    @RestForm
    public String source;

    @RestForm
    public String lesson;

    public static InspirationForm of(Inspiration inspiration) {
        InspirationForm form = new InspirationForm();
        form.involve(inspiration);
        form.story = inspiration.story;
        form.source = inspiration.source;
        form.lesson = inspiration.lesson;
        return form;
    }

    public InspirationInput toInput() {
        return new InspirationInput(ids(behaviourIds), Texts.trimmed(story), Texts.trimmed(source), Texts.trimmed(lesson));
    }
}
