package app.bravo.quality.pulse;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;

/** The targets page's form as sent: text fields, kept as typed so a bad one is shown again. */
public class TargetForm {

    @RestForm
    public String scope;

    @RestForm
    public String metric;

    @RestForm
    public String goal;

    public static TargetForm blank() {
        TargetForm form = new TargetForm();
        form.scope = "org";
        form.metric = QualityTarget.Metric.CSAT_PERCENT.name();
        return form;
    }

    public TargetInput toInput() {
        return new TargetInput(scope, metric, Forms.parseInt(goal == null ? null : goal.replace('−', '-')));
    }
}
