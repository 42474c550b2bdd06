package jp.mamori.ledger.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import jp.mamori.ledger.LifecycleStage;
import jp.mamori.ledger.RiskAssessment;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.ledger.Threat;
import jp.mamori.shared.i18n.Labelled;

/**
 * Adds or edits one risk of the lifecycle analysis. The change stays in the form until the
 * entry is saved; a changed assessment will need top management's decision again.
 */
class RiskDialog extends Dialog {

    private final Binder<RiskAssessment> binder = new Binder<>();

    RiskDialog(RiskAssessment risk, Consumer<RiskAssessment> done) {
        setHeaderTitle(getTranslation(risk.getId() == null && risk.getStage() == null ? "ledger.risk.add" : "ledger.risk.edit"));
        setWidth("46rem");
        Select<LifecycleStage> stage = select("ledger.riskColumn.stage", LifecycleStage.values());
        stage.setId("risk-stage");
        Select<Threat> threat = select("ledger.riskColumn.threat", Threat.values());
        threat.setId("risk-threat");
        TextArea description = new TextArea(getTranslation("ledger.riskColumn.description"));
        description.setMaxLength(RiskAssessment.MAX_DESCRIPTION);
        Select<RiskLevel> likelihood = select("ledger.riskColumn.likelihood", RiskLevel.values());
        likelihood.setId("risk-likelihood");
        Select<RiskLevel> impact = select("ledger.riskColumn.impact", RiskLevel.values());
        impact.setId("risk-impact");
        TextArea measures = new TextArea(getTranslation("ledger.riskColumn.measures"));
        measures.setMaxLength(RiskAssessment.MAX_MEASURES);
        measures.setId("risk-measures");
        TextField safeguard = new TextField(getTranslation("ledger.riskColumn.safeguardItemCode"));
        safeguard.setMaxLength(RiskAssessment.MAX_SAFEGUARD_CODE);
        safeguard.setHelperText(getTranslation("ledger.risk.safeguardHelp"));
        Select<RiskLevel> residual = select("ledger.riskColumn.residualRisk", RiskLevel.values());
        residual.setId("risk-residual");

        String required = getTranslation("validation.required");
        binder.forField(stage).asRequired(required).bind(RiskAssessment::getStage, RiskAssessment::setStage);
        binder.forField(threat).asRequired(required).bind(RiskAssessment::getThreat, RiskAssessment::setThreat);
        binder.forField(description).bind(RiskAssessment::getDescription, RiskAssessment::setDescription);
        binder.forField(likelihood).asRequired(required).bind(RiskAssessment::getLikelihood, RiskAssessment::setLikelihood);
        binder.forField(impact).asRequired(required).bind(RiskAssessment::getImpact, RiskAssessment::setImpact);
        binder.forField(measures).bind(RiskAssessment::getMeasures, RiskAssessment::setMeasures);
        binder.forField(safeguard).bind(RiskAssessment::getSafeguardItemCode, RiskAssessment::setSafeguardItemCode);
        binder.forField(residual).asRequired(required).bind(RiskAssessment::getResidualRisk, RiskAssessment::setResidualRisk);
        binder.readBean(risk);

        FormLayout form = new FormLayout(stage, threat, likelihood, impact, residual, safeguard, description, measures);
        form.setColspan(description, 2);
        form.setColspan(measures, 2);
        add(form);
        Button ok = new Button(getTranslation("ledger.ok"), click -> {
            if (binder.writeBeanIfValid(risk)) {
                done.accept(risk);
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.addClickShortcut(Key.ENTER).listenOn(safeguard);
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        ok.setId("risk-ok");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, ok);
    }

    private <E extends Enum<E> & Labelled> Select<E> select(String labelKey, E[] values) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        return select;
    }
}
