package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import jp.mamori.audit.ActionSource;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.audit.RaiseRequest;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.ui.Feedback;

/** Raises a corrective action after an incident or for another cause. */
class RaiseActionDialog extends Dialog {

    RaiseActionDialog(CorrectiveActionService actions, DepartmentService departments, UserService users,
                      Consumer<CorrectiveAction> raised) {
        setHeaderTitle(getTranslation("correctiveAction.raise"));
        setWidth("44rem");
        RadioButtonGroup<ActionSource> source = new RadioButtonGroup<>(getTranslation("correctiveAction.source"));
        source.setItems(ActionSource.OTHER, ActionSource.INCIDENT);
        source.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        source.setValue(ActionSource.OTHER);
        IntegerField incident = new IntegerField(getTranslation("correctiveAction.incidentId"));
        incident.setVisible(false);
        source.addValueChangeListener(event -> incident.setVisible(event.getValue() == ActionSource.INCIDENT));
        TextField title = new TextField(getTranslation("correctiveAction.title"));
        title.setMaxLength(300);
        title.setId("raise-title");
        TextArea description = new TextArea(getTranslation("correctiveAction.description"));
        description.setMaxLength(4000);
        description.setId("raise-description");
        TextField clause = new TextField(getTranslation("correctiveAction.clauseRef"));
        clause.setMaxLength(200);
        ComboBox<Department> department = new ComboBox<>(getTranslation("correctiveAction.department"));
        department.setItems(departments.list().stream().filter(Department::isActive).toList());
        department.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        department.setClearButtonVisible(true);
        ComboBox<UserAccount> owner = new ComboBox<>(getTranslation("correctiveAction.owner"));
        owner.setItems(users.activeUsers());
        owner.setItemLabelGenerator(AuditPlanDialog::person);
        owner.setId("raise-owner");
        DatePicker due = new DatePicker(getTranslation("correctiveAction.dueDate"));
        due.setHelperText(getTranslation("finding.actionDue.help"));
        FormLayout form = new FormLayout(source, incident, title, clause, department, owner, due, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("correctiveAction.raise"), click -> {
            RaiseRequest request = new RaiseRequest(source.getValue(),
                    incident.getValue() == null ? null : incident.getValue().longValue(), title.getValue(),
                    description.getValue(), clause.getValue(),
                    department.getValue() == null ? null : department.getValue().getId(),
                    owner.getValue() == null ? null : owner.getValue().getId(), due.getValue());
            CorrectiveAction action = Feedback.attempt(() -> actions.raise(request));
            if (action != null) {
                close();
                raised.accept(action);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("raise-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
