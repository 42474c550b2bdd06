package jp.mamori.organisation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.OrganisationReport;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The department hierarchy with its managers; edited by administrators. */
@Route(value = "admin/departments", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@NavigationEntry(group = NavGroup.ADMINISTRATION, label = "nav.departments", order = 10)
public class DepartmentsView extends SplitLayout implements HasDynamicTitle {

    private final DepartmentService departments;
    private final TreeGrid<Department> tree = new TreeGrid<>();
    private final Binder<Department> binder = new Binder<>();
    private final ComboBox<Department> parent = new ComboBox<>();
    private final HistoryPanel history;
    private final Button save = new Button();
    private Department editing;

    public DepartmentsView(DepartmentService departments, UserService users, OrganisationReport report,
                           HistoryService historyService) {
        this.departments = departments;
        this.history = new HistoryPanel(historyService, Department.class);
        setSizeFull();
        setSplitterPosition(55);

        tree.addHierarchyColumn(Department::getCode).setHeader(getTranslation("department.code")).setAutoWidth(true);
        tree.addColumn(Department::getName).setHeader(getTranslation("department.name")).setFlexGrow(2);
        tree.addColumn(d -> d.getManager() == null ? "" : d.getManager().getDisplayName())
                .setHeader(getTranslation("department.manager"));
        tree.addColumn(d -> getTranslation(d.isActive() ? "common.yes" : "common.no")).setHeader(getTranslation("common.active"));
        tree.setEmptyStateText(getTranslation("department.empty"));
        tree.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        tree.setId("department-grid");

        Button add = new Button(getTranslation("department.add"), click -> {
            tree.deselectAll();
            edit(new Department());
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("department-add");
        HorizontalLayout toolbar = new HorizontalLayout(add,
                Downloads.link("report.organisation.download", "organisation.pdf", "application/pdf",
                        out -> report.write(out, getLocale())));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout left = new VerticalLayout(toolbar, tree);
        left.setSizeFull();
        left.expand(tree);

        TextField code = new TextField(getTranslation("department.code"));
        code.setId("department-code");
        code.setMaxLength(32);
        TextField name = new TextField(getTranslation("department.name"));
        name.setId("department-name");
        name.setMaxLength(200);
        parent.setLabel(getTranslation("department.parent"));
        parent.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        parent.setClearButtonVisible(true);
        ComboBox<UserAccount> manager = new ComboBox<>(getTranslation("department.manager"));
        manager.setItems(users.activeUsers());
        manager.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        manager.setClearButtonVisible(true);
        Checkbox active = new Checkbox(getTranslation("common.active"));

        binder.forField(code).asRequired(getTranslation("validation.required")).bind(Department::getCode, Department::setCode);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind(Department::getName, Department::setName);
        binder.forField(parent).bind(Department::getParent, Department::setParent);
        binder.forField(manager).bind(Department::getManager, Department::setManager);
        binder.forField(active).bind(Department::isActive, Department::setActive);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("department-save");
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> edit(null));
        cancel.addClickShortcut(Key.ESCAPE);

        FormLayout form = new FormLayout(code, name, parent, manager, active);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("department.form")), form,
                new HorizontalLayout(save, cancel), history);
        right.setId("department-form");
        addToPrimary(left);
        addToSecondary(right);
        refresh();
        edit(null);
    }

    private void edit(Department department) {
        editing = department;
        boolean open = department != null;
        binder.setBean(null);
        if (open) {
            Department loaded = department.isNew() ? department : departments.get(department.getId());
            editing = loaded;
            parent.setItems(departments.list().stream().filter(d -> !d.equals(loaded)).toList());
            binder.setBean(loaded);
            history.show(loaded.getId());
        } else {
            history.show(null);
        }
        binder.getFields().forEach(field -> field.setReadOnly(!open));
        save.setEnabled(open);
    }

    private void save() {
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        Department saved = Feedback.attempt(() -> departments.save(editing));
        if (saved != null) {
            Feedback.success("common.saved");
            refresh();
            tree.select(saved);
            edit(saved);
        }
    }

    private void refresh() {
        List<Department> all = departments.list();
        TreeData<Department> data = new TreeData<>();
        Map<Long, Department> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.getId(), d));
        addChildren(data, all, null, byId);
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 5);
    }

    private static void addChildren(TreeData<Department> data, List<Department> all, Department parent,
                                    Map<Long, Department> byId) {
        for (Department department : all) {
            Long parentId = department.getParent() == null ? null : department.getParent().getId();
            boolean matches = parent == null ? parentId == null || !byId.containsKey(parentId)
                    : Objects.equals(parentId, parent.getId());
            if (matches) {
                data.addItem(parent, department);
                addChildren(data, all, department, byId);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departments");
    }
}
