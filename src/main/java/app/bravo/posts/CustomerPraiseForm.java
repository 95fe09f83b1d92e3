package app.bravo.posts;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;

/** The customer praise form as typed. */
public class CustomerPraiseForm extends PostForm {

    @RestForm
    public String words;

    @RestForm
    public String channel;

    @RestForm
    public String receivedOn;

    @RestForm
    public String customerName;

    @RestForm
    public String consent;

    @RestForm
    public String customerContact;

    public static CustomerPraiseForm of(CustomerPraise praise) {
        CustomerPraiseForm form = new CustomerPraiseForm();
        form.involve(praise);
        form.words = praise.story;
        form.channel = praise.channel == null ? null : praise.channel.name();
        form.receivedOn = praise.receivedOn == null ? null : praise.receivedOn.toString();
        form.customerName = praise.customerName;
        form.consent = praise.customerName == null ? null : "true";
        form.customerContact = praise.customerContact;
        return form;
    }

    public CustomerPraiseInput toInput() {
        CustomerPraise.Channel chosen = null;
        for (CustomerPraise.Channel c : CustomerPraise.Channel.values()) {
            if (c.name().equals(channel)) {
                chosen = c;
            }
        }
        return new CustomerPraiseInput(ids(recipientIds), ids(teamIds), ids(behaviourIds), Texts.trimmed(words), chosen,
                date(receivedOn), Texts.trimmed(customerName), Forms.checked(consent), Texts.trimmed(customerContact));
    }

    public boolean consentTicked() {
        return Forms.checked(consent);
    }
}
