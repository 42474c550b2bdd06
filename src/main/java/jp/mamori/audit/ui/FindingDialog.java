package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import jp.mamori.audit.Audit;
import jp.mamori.audit.ChecklistItem;
import jp.mamori.audit.FindingGrade;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.FindingValues;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.ui.Feedback;

/**
 * Records a finding, from a checklist answer or on its own. For a nonconformity it also asks
 * who owns the corrective action (the department's manager unless another is named) and by when.
 */
class FindingDialog extends Dialog {

    FindingDialog(FindingService findings, Audit audit, ChecklistItem from, List<UserAccount> people,
                  Consumer<FindingService.Entry> recorded) {
        setHeaderTitle(getTranslation("finding.record"));
        setWidth("44rem");
        Select<FindingGrade> grade = new Select<>();
        grade.setLabel(getTranslation("finding.grade"));
        grade.setItems(FindingGrade.values());
        grade.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        grade.setId("finding-grade");
        TextField clause = new TextField(getTranslation("finding.clauseRef"));
        clause.setMaxLength(200);
        clause.setId("finding-clause");
        Select<Department> department = new Select<>();
        department.setLabel(getTranslation("finding.department"));
        department.setItems(List.copyOf(audit.getDepartments()));
        department.setItemLabelGenerator(Department::getName);
        if (audit.getDepartments().size() == 1) {
            department.setValue(audit.getDepartments().iterator().next());
        }
        TextArea description = new TextArea(getTranslation("finding.description"));
        description.setMaxLength(4000);
        description.setId("finding-description");
        TextArea evidence = new TextArea(getTranslation("finding.evidence"));
        evidence.setMaxLength(4000);
        evidence.setId("finding-evidence");
        ComboBox<UserAccount> owner = new ComboBox<>(getTranslation("finding.actionOwner"));
        owner.setItems(people);
        owner.setItemLabelGenerator(AuditPlanDialog::person);
        owner.setHelperText(getTranslation("finding.actionOwner.help"));
        owner.setClearButtonVisible(true);
        DatePicker due = new DatePicker(getTranslation("finding.actionDue"));
        due.setHelperText(getTranslation("finding.actionDue.help"));
        grade.addValueChangeListener(event -> {
            boolean nonconformity = event.getValue() != null && event.getValue().isNonconformity();
            owner.setVisible(nonconformity);
            due.setVisible(nonconformity);
        });
        owner.setVisible(false);
        due.setVisible(false);
        if (from != null) {
            clause.setValue(from.getClauseRef() == null ? "" : from.getClauseRef());
            description.setValue(from.getNotes() == null ? "" : from.getNotes());
            evidence.setValue(from.getEvidence() == null ? "" : from.getEvidence());
            grade.setValue(FindingGrade.MINOR_NONCONFORMITY);
            add(new Paragraph(from.reference() + "　" + from.getQuestion()));
        }
        FormLayout form = new FormLayout(grade, clause, department, description, evidence, owner, due);
        form.setColspan(description, 2);
        form.setColspan(evidence, 2);
        add(form);

        Button save = new Button(getTranslation("finding.record"), click -> {
            FindingValues values = new FindingValues(from == null ? null : from.getId(), grade.getValue(),
                    clause.getValue(), description.getValue(), evidence.getValue(),
                    department.getValue() == null ? null : department.getValue().getId(),
                    owner.getValue() == null ? null : owner.getValue().getId(), due.getValue());
            FindingService.Entry entry = Feedback.attempt(() -> findings.record(audit.getId(), values));
            if (entry != null) {
                Feedback.success(entry.action() == null ? "finding.recorded" : "finding.recordedWithAction",
                        entry.finding().reference(), entry.action() == null ? "" : entry.action().reference());
                close();
                recorded.accept(entry);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("finding-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
