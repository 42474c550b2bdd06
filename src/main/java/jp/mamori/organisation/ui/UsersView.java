package jp.mamori.organisation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.OrganisationReport;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserFilter;
import jp.mamori.organisation.UserImportService;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Registers;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.ImportDialog;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.data.domain.Sort;

/** Workers and their accounts: search, edit, reset a password, import the HR list. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@NavigationEntry(group = NavGroup.ADMINISTRATION, label = "nav.users", order = 20)
public class UsersView extends SplitLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final Binder<UserAccount> binder = new Binder<>();
    private final HistoryPanel history;
    private final Button save = new Button();
    private final Button resetPassword = new Button();
    private final TextField search = new TextField();
    private final ComboBox<Department> departmentFilter = new ComboBox<>();
    private final ComboBox<Role> roleFilter = new ComboBox<>();
    private final Select<Boolean> activeFilter = new Select<>();
    private UserAccount editing;

    public UsersView(UserService users, DepartmentService departments, UserImportService importer,
                     OrganisationReport report, HistoryService historyService) {
        this.users = users;
        this.history = new HistoryPanel(historyService, UserAccount.class);
        setSizeFull();
        setSplitterPosition(58);

        search.setPlaceholder(getTranslation("user.search"));
        search.setAriaLabel(getTranslation("user.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("user-search");
        departmentFilter.setPlaceholder(getTranslation("user.department"));
        departmentFilter.setAriaLabel(getTranslation("user.department"));
        departmentFilter.setItems(departments.list());
        departmentFilter.setItemLabelGenerator(Department::getName);
        departmentFilter.setClearButtonVisible(true);
        roleFilter.setPlaceholder(getTranslation("user.roles"));
        roleFilter.setAriaLabel(getTranslation("user.roles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        roleFilter.setClearButtonVisible(true);
        activeFilter.setItems(Boolean.TRUE, Boolean.FALSE);
        activeFilter.setEmptySelectionAllowed(true);
        activeFilter.setEmptySelectionCaption(getTranslation("user.filter.allStates"));
        activeFilter.setItemLabelGenerator(value -> value == null ? getTranslation("user.filter.allStates")
                : getTranslation(value ? "user.filter.active" : "user.filter.inactive"));
        activeFilter.setAriaLabel(getTranslation("common.active"));
        activeFilter.setValue(Boolean.TRUE);
        search.addValueChangeListener(e -> refresh());
        departmentFilter.addValueChangeListener(e -> refresh());
        roleFilter.addValueChangeListener(e -> refresh());
        activeFilter.addValueChangeListener(e -> refresh());

        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("user.username")).setKey("username").setSortable(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("user.displayName")).setKey("displayName").setSortable(true);
        grid.addColumn(UserAccount::getKana).setHeader(getTranslation("user.kana")).setKey("kana").setSortable(true);
        grid.addColumn(u -> u.getDepartment() == null ? "" : u.getDepartment().getName()).setHeader(getTranslation("user.department"));
        grid.addColumn(u -> u.getRoles().stream().sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("user.roles")).setFlexGrow(2);
        grid.addColumn(u -> JapaneseDates.iso(u.getHireDate())).setHeader(getTranslation("user.hireDate")).setKey("hireDate").setSortable(true);
        grid.setEmptyStateText(getTranslation("user.empty"));
        grid.setId("user-grid");
        Registers.pageFromDatabase(grid, pageable -> users.page(filter(), pageable),
                () -> users.count(filter()), Sort.by("username"));
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));

        Button add = new Button(getTranslation("user.add"), click -> {
            grid.deselectAll();
            edit(new UserAccount());
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("user-add");
        Button importButton = new Button(getTranslation("user.import"), click -> new ImportDialog("user.import.title",
                "user.import.help", bytes -> {
                    UserImportService.Result result = importer.importFile(bytes, getLocale());
                    return new Object[] {"user.import.done", result.created(), result.updated()};
                }, this::refresh).open());
        importButton.setId("user-import");
        HorizontalLayout toolbar = new HorizontalLayout(add, importButton,
                Downloads.link("report.organisation.download", "organisation.pdf", "application/pdf",
                        out -> report.write(out, getLocale())));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(search, departmentFilter, roleFilter, activeFilter);
        filters.setWidthFull();
        VerticalLayout left = new VerticalLayout(toolbar, filters, grid);
        left.setSizeFull();
        left.expand(grid);

        addToPrimary(left);
        addToSecondary(form(departments));
        edit(null);
    }

    private VerticalLayout form(DepartmentService departments) {
        TextField username = new TextField(getTranslation("user.username"));
        username.setId("user-username");
        username.setMaxLength(64);
        TextField displayName = new TextField(getTranslation("user.displayName"));
        displayName.setId("user-display-name");
        displayName.setMaxLength(100);
        TextField kana = new TextField(getTranslation("user.kana"));
        kana.setMaxLength(100);
        EmailField email = new EmailField(getTranslation("user.email"));
        email.setId("user-email");
        ComboBox<Department> department = new ComboBox<>(getTranslation("user.department"));
        department.setItems(departments.list());
        department.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        department.setClearButtonVisible(true);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        DatePicker hireDate = new DatePicker(getTranslation("user.hireDate"));
        Checkbox active = new Checkbox(getTranslation("common.active"));

        binder.forField(username).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value.matches("[A-Za-z0-9._@-]+"), getTranslation("user.validation.username"))
                .bind(UserAccount::getUsername, UserAccount::setUsername);
        binder.forField(displayName).asRequired(getTranslation("validation.required"))
                .bind(UserAccount::getDisplayName, UserAccount::setDisplayName);
        binder.forField(kana).withValidator(value -> value == null || value.matches("[\\p{InKatakana}\\p{InHiragana}ー・ 　]*"),
                getTranslation("user.validation.kana")).bind(UserAccount::getKana, UserAccount::setKana);
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(new com.vaadin.flow.data.validator.EmailValidator(getTranslation("validation.email")))
                .bind(UserAccount::getEmail, UserAccount::setEmail);
        binder.forField(department).bind(UserAccount::getDepartment, UserAccount::setDepartment);
        binder.forField(roles).asRequired(getTranslation("user.validation.roles"))
                .bind(UserAccount::getRoles, UserAccount::setRoles);
        binder.forField(hireDate).bind(UserAccount::getHireDate, UserAccount::setHireDate);
        binder.forField(active).bind(UserAccount::isActive, UserAccount::setActive);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("user-save");
        save.addClickListener(click -> save());
        resetPassword.setText(getTranslation("user.resetPassword"));
        resetPassword.addClickListener(click -> openPasswordReset());
        resetPassword.setId("user-reset-password");
        FormLayout form = new FormLayout(username, displayName, kana, email, department, hireDate, roles, active);
        form.setColspan(roles, 2);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("user.form")), form,
                new HorizontalLayout(save, resetPassword), history);
        right.setId("user-form");
        return right;
    }

    private void edit(UserAccount user) {
        binder.setBean(null);
        editing = user == null || user.isNew() ? user : users.get(user.getId());
        boolean open = editing != null;
        if (open) {
            binder.setBean(editing);
        }
        history.show(open ? editing.getId() : null);
        binder.getFields().forEach(field -> field.setReadOnly(!open));
        save.setEnabled(open);
        resetPassword.setEnabled(open && !editing.isNew());
    }

    private void save() {
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        UserAccount saved = Feedback.attempt(() -> users.save(editing));
        if (saved != null) {
            Feedback.success("common.saved");
            refresh();
            edit(saved);
        }
    }

    private void openPasswordReset() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("user.resetPassword.title", editing.getDisplayName()));
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("account.password.policy"));
        password.setWidthFull();
        password.setId("reset-password");
        Button confirm = new Button(getTranslation("user.resetPassword"), click -> {
            if (Feedback.attempt(() -> users.resetPassword(editing.getId(), password.getValue()))) {
                Feedback.success("user.resetPassword.done");
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("reset-confirm");
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), departmentFilter.getValue() == null ? null : departmentFilter.getValue().getId(),
                roleFilter.getValue(), activeFilter.getValue());
    }


    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
