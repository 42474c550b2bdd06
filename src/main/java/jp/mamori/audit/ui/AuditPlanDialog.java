package jp.mamori.audit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.mamori.audit.Audit;
import jp.mamori.audit.AuditKind;
import jp.mamori.audit.AuditPlan;
import jp.mamori.audit.AuditService;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;

/** Plans an audit, or changes the plan of one: what, when, who and against what. */
class AuditPlanDialog extends Dialog {

    private final RadioButtonGroup<AuditKind> kind = new RadioButtonGroup<>();
    private final TextField processName = new TextField();
    private final MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>();
    private final DatePicker plannedDate = new DatePicker();
    private final ComboBox<UserAccount> lead = new ComboBox<>();
    private final MultiSelectComboBox<UserAccount> auditors = new MultiSelectComboBox<>();
    private final TextArea scope = new TextArea();
    private final TextArea criteria = new TextArea();

    AuditPlanDialog(AuditService audits, DepartmentService departmentService, UserService users, Audit audit,
                    Consumer<Audit> saved) {
        setHeaderTitle(getTranslation(audit == null ? "audit.plan.new" : "audit.plan.edit"));
        setWidth("44rem");
        List<UserAccount> designated = users.activeUsers().stream()
                .filter(user -> user.getRoles().contains(Role.AUDITOR)).toList();
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(AuditKind.DEPARTMENT);
        kind.addValueChangeListener(event -> processName.setVisible(event.getValue() == AuditKind.PROCESS));
        processName.setLabel(getTranslation("audit.processName"));
        processName.setMaxLength(200);
        processName.setVisible(false);
        processName.setId("audit-process-name");
        departments.setLabel(getTranslation("audit.departments"));
        departments.setItems(departmentService.list().stream().filter(Department::isActive).toList());
        departments.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        departments.setId("audit-departments");
        plannedDate.setLabel(getTranslation("audit.plannedDate"));
        plannedDate.setId("audit-planned-date");
        lead.setLabel(getTranslation("audit.leadAuditor"));
        lead.setItems(designated);
        lead.setItemLabelGenerator(AuditPlanDialog::person);
        lead.setId("audit-lead");
        auditors.setLabel(getTranslation("audit.auditors"));
        auditors.setItems(designated);
        auditors.setItemLabelGenerator(AuditPlanDialog::person);
        auditors.setHelperText(getTranslation("audit.plan.independence"));
        auditors.setId("audit-auditors");
        scope.setLabel(getTranslation("audit.scope"));
        scope.setMaxLength(2000);
        criteria.setLabel(getTranslation("audit.criteria"));
        criteria.setMaxLength(2000);
        criteria.setValue(getTranslation("audit.plan.defaultCriteria"));
        if (audit != null) {
            kind.setValue(audit.getKind());
            processName.setValue(audit.getProcessName() == null ? "" : audit.getProcessName());
            departments.setValue(audit.getDepartments());
            plannedDate.setValue(audit.getPlannedDate());
            lead.setValue(audit.getLeadAuditor());
            auditors.setValue(audit.getAuditors());
            scope.setValue(audit.getScope() == null ? "" : audit.getScope());
            criteria.setValue(audit.getCriteria() == null ? "" : audit.getCriteria());
        }
        FormLayout form = new FormLayout(kind, processName, departments, plannedDate, lead, auditors, scope, criteria);
        form.setColspan(departments, 2);
        form.setColspan(auditors, 2);
        form.setColspan(scope, 2);
        form.setColspan(criteria, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            AuditPlan plan = new AuditPlan(kind.getValue(), processName.getValue(), ids(departments.getValue()),
                    plannedDate.getValue(), lead.getValue() == null ? null : lead.getValue().getId(),
                    auditors.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet()), scope.getValue(),
                    criteria.getValue());
            Audit result = Feedback.attempt(() -> audits.plan(audit == null ? null : audit.getId(),
                    audit == null ? null : audit.getVersion(), plan));
            if (result != null) {
                Feedback.success("common.saved");
                close();
                saved.accept(result);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("audit-plan-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private static Set<Long> ids(Set<Department> selected) {
        return selected.stream().map(Department::getId).collect(Collectors.toSet());
    }

    static String person(UserAccount user) {
        return user.getDisplayName() + " (" + user.getUsername() + ")";
    }
}
