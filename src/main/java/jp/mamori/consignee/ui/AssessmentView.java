package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import jp.mamori.consignee.AnswerLevel;
import jp.mamori.consignee.AssessmentDecision;
import jp.mamori.consignee.AssessmentScore;
import jp.mamori.consignee.AssessmentService;
import jp.mamori.consignee.AssessmentTemplate;
import jp.mamori.consignee.AssessmentTemplateService;
import jp.mamori.consignee.AssessmentValues;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.Criterion;
import jp.mamori.consignee.TemplateKind;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.MainLayout;

/**
 * Assessing a consignee against a template: one answer per criterion, the weighted score and
 * pass/fail against the pass mark shown as the form is filled, then the decision.
 */
@Route(value = "consignees/:id/assess", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY_MANAGER})
public class AssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One criterion's row of the form. */
    private record Row(Criterion criterion, RadioButtonGroup<AnswerLevel> answer, TextField evidence) {
    }

    private final ConsigneeService consignees;
    private final AssessmentService assessments;
    private final H3 title = new H3();
    private final Select<AssessmentTemplate> template = new Select<>();
    private final DatePicker assessedOn = new DatePicker();
    private final VerticalLayout criteria = new VerticalLayout();
    private final Span score = new Span();
    private final Span result = new Span();
    private final LabelledSelect<AssessmentDecision> decision =
            new LabelledSelect<>("consignee.assessment.decision", AssessmentDecision.values());
    private final TextArea conditions = new TextArea();
    private final TextArea notes = new TextArea();
    private final List<Row> rows = new ArrayList<>();
    private Consignee consignee;

    public AssessmentView(ConsigneeService consignees, AssessmentService assessments,
                          AssessmentTemplateService templates, Clock clock) {
        this.consignees = consignees;
        this.assessments = assessments;
        title.setId("assessment-title");
        template.setLabel(getTranslation("consignee.assessment.template"));
        template.setItemLabelGenerator(t -> t.getName() + "（" + getTranslation(t.getKind().labelKey()) + "）");
        template.setItems(templates.active());
        template.setId("assessment-template");
        template.addValueChangeListener(e -> showCriteria(e.getValue()));
        assessedOn.setLabel(getTranslation("consignee.assessment.assessedOn"));
        assessedOn.setMax(LocalDate.now(clock));
        assessedOn.setValue(LocalDate.now(clock));
        assessedOn.setRequiredIndicatorVisible(true);
        assessedOn.setId("assessment-date");
        score.setId("assessment-score");
        result.setId("assessment-result");
        decision.setId("assessment-decision");
        decision.addValueChangeListener(e -> conditions.setRequiredIndicatorVisible(
                e.getValue() == AssessmentDecision.APPROVE_WITH_CONDITIONS));
        conditions.setLabel(getTranslation("consignee.assessment.conditions"));
        conditions.setMaxLength(2000);
        conditions.setId("assessment-conditions");
        notes.setLabel(getTranslation("consignee.assessment.notes"));
        notes.setMaxLength(2000);
        notes.setId("assessment-notes");
        criteria.setPadding(false);
        criteria.setId("assessment-criteria");

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("assessment-save");
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        Button cancel = new Button(getTranslation("action.cancel"), click -> back());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        HorizontalLayout scoreLine = new HorizontalLayout(new H4(getTranslation("consignee.assessment.score")), score, result);
        scoreLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        FormLayout head = new FormLayout(template, assessedOn);
        FormLayout tail = new FormLayout(decision, conditions, notes);
        tail.setColspan(notes, 2);
        add(title, head, criteria, scoreLine, tail, new HorizontalLayout(save, cancel));
        templates.standard(TemplateKind.SELECTION).ifPresent(template::setValue);
        if (template.getListDataView().getItemCount() == 0) {
            criteria.add(new Span(getTranslation("consignee.assessment.noTemplate")));
        }
        updateScore();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            consignee = consignees.get(Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
            title.setText(getTranslation("consignee.assessment.title", consignee.getName()));
        } catch (NumberFormatException | NoSuchElementException e) {
            Feedback.error("consignee.notFound");
            event.forwardTo("consignees");
        }
    }

    private void showCriteria(AssessmentTemplate chosen) {
        criteria.removeAll();
        rows.clear();
        if (chosen != null) {
            for (Criterion criterion : chosen.getCriteria()) {
                RadioButtonGroup<AnswerLevel> answer = new RadioButtonGroup<>(
                        criterion.getPosition() + ". " + criterion.getText() + "（"
                                + getTranslation("consignee.assessment.weight") + " " + criterion.getWeight() + "）");
                answer.setItems(AnswerLevel.values());
                answer.setItemLabelGenerator(level -> getTranslation(level.labelKey()));
                answer.setRequiredIndicatorVisible(true);
                answer.setId("assessment-answer-" + criterion.getPosition());
                answer.addValueChangeListener(e -> updateScore());
                TextField evidence = new TextField();
                evidence.setPlaceholder(getTranslation("consignee.assessment.evidence"));
                evidence.setAriaLabel(getTranslation("consignee.assessment.evidence"));
                evidence.setMaxLength(1000);
                evidence.setWidthFull();
                evidence.setId("assessment-evidence-" + criterion.getPosition());
                rows.add(new Row(criterion, answer, evidence));
                criteria.add(answer, evidence);
            }
        }
        updateScore();
    }

    /** The weighted score and pass/fail, recomputed on every answer; unanswered criteria count as not yet scored. */
    private void updateScore() {
        AssessmentTemplate chosen = template.getValue();
        AssessmentScore current = AssessmentScore.of(rows.stream()
                .map(row -> new AssessmentScore.Weighted(row.criterion().getWeight(), row.answer().getValue())).toList());
        int passMark = chosen == null ? 0 : chosen.getPassMark();
        long unanswered = rows.stream().filter(row -> row.answer().getValue() == null).count();
        score.setText(getTranslation("consignee.assessment.live", current.percent().toPlainString(), passMark)
                + (unanswered == 0 ? "" : " / " + getTranslation("consignee.assessment.unanswered", unanswered)));
        boolean passes = chosen != null && current.passes(passMark);
        result.setText(getTranslation(passes ? "consignee.assessment.pass" : "consignee.assessment.fail"));
        result.getElement().getThemeList().clear();
        result.getElement().getThemeList().add(passes ? "badge success" : "badge error");
    }

    private void save() {
        AssessmentTemplate chosen = template.getValue();
        template.setInvalid(chosen == null);
        assessedOn.setInvalid(assessedOn.getValue() == null);
        decision.setInvalid(decision.getValue() == null);
        rows.forEach(row -> row.answer().setInvalid(row.answer().getValue() == null));
        if (chosen == null || assessedOn.getValue() == null || decision.getValue() == null
                || rows.stream().anyMatch(row -> row.answer().getValue() == null)) {
            Feedback.error("validation.required");
            return;
        }
        AssessmentValues values = new AssessmentValues(chosen.getId(), assessedOn.getValue(), rows.stream()
                .map(row -> new AssessmentValues.Given(row.criterion().getId(), row.answer().getValue(),
                        row.evidence().getValue())).toList(),
                decision.getValue(), conditions.getValue(), notes.getValue());
        if (Feedback.attempt(() -> assessments.record(consignee.getId(), values)) != null) {
            Feedback.success("consignee.assessment.recorded");
            back();
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate("consignees/" + (consignee == null ? "" : consignee.getId())));
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
