package jp.mamori.consignee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import jp.mamori.consignee.Answer;
import jp.mamori.consignee.Assessment;
import jp.mamori.consignee.AssessmentService;
import jp.mamori.consignee.ConsigneeReports;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;

/** Every assessment of the consignee, newest first; the picked one shows its answers and its sheet. */
class AssessmentsTab extends VerticalLayout {

    private final AssessmentService assessments;
    private final ConsigneeReports reports;
    private final Div detail = new Div();

    AssessmentsTab(AssessmentService assessments, ConsigneeReports reports, long consigneeId, List<Assessment> history) {
        this.assessments = assessments;
        this.reports = reports;
        if (ConsigneeBadges.mayKeep()) {
            Button assess = new Button(getTranslation("consignee.assessment.new"),
                    click -> getUI().ifPresent(ui -> ui.navigate("consignees/" + consigneeId + "/assess")));
            assess.addThemeVariants(ButtonVariant.PRIMARY);
            assess.setId("consignee-assess");
            add(assess);
        }
        Grid<Assessment> grid = new Grid<>();
        grid.addColumn(a -> JapaneseDates.iso(a.getAssessedOn())).setHeader(getTranslation("consignee.assessment.assessedOn"))
                .setAutoWidth(true);
        grid.addColumn(Assessment::getTemplateName).setHeader(getTranslation("consignee.assessment.template")).setFlexGrow(2);
        grid.addColumn(a -> a.getScore() + "%").setHeader(getTranslation("consignee.assessment.score")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.isPassed() ? "consignee.assessment.pass" : "consignee.assessment.fail"))
                .setHeader(getTranslation("consignee.assessment.result")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.getDecision().labelKey())).setHeader(getTranslation("consignee.assessment.decision"));
        grid.addColumn(Assessment::getDecidedByName).setHeader(getTranslation("consignee.assessment.decidedBy"));
        grid.addColumn(a -> JapaneseDates.iso(a.getNextDue())).setHeader(getTranslation("consignee.assessment.nextDue"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consignee.assessment.empty"));
        grid.setId("consignee-assessments");
        grid.setItems(history);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("assessment-detail");
        detail.setWidthFull();
        add(grid, detail);
        setPadding(false);
    }

    private void show(Assessment picked) {
        detail.removeAll();
        if (picked == null) {
            return;
        }
        Assessment assessment = assessments.get(picked.getId());
        if (assessment.getConditions() != null) {
            detail.add(new Paragraph(getTranslation("consignee.assessment.conditions") + "：" + assessment.getConditions()));
        }
        if (assessment.getNotes() != null) {
            detail.add(new Paragraph(getTranslation("consignee.assessment.notes") + "：" + assessment.getNotes()));
        }
        Grid<Answer> answers = new Grid<>();
        answers.addColumn(Answer::getPosition).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(Answer::getCriterion).setHeader(getTranslation("consignee.assessment.criterion")).setFlexGrow(3);
        answers.addColumn(Answer::getWeight).setHeader(getTranslation("consignee.assessment.weight")).setAutoWidth(true);
        answers.addColumn(a -> getTranslation(a.getAnswer().labelKey())).setHeader(getTranslation("consignee.assessment.answer"))
                .setAutoWidth(true);
        answers.addColumn(Answer::getEvidence).setHeader(getTranslation("consignee.assessment.evidence")).setFlexGrow(2);
        answers.addThemeVariants(GridVariant.LUMO_COMPACT);
        answers.setAllRowsVisible(true);
        answers.setItems(assessment.getAnswers());
        detail.add(Downloads.link("consignee.assessment.sheet", "evaluation-" + assessment.getId() + ".pdf",
                "application/pdf", out -> reports.writeSheet(out, assessment.getId(), getLocale())), answers);
    }
}
