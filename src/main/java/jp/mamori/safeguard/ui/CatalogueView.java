package jp.mamori.safeguard.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.safeguard.CheckFrequency;
import jp.mamori.safeguard.Requirement;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardFramework;
import jp.mamori.safeguard.SafeguardHeading;
import jp.mamori.safeguard.SafeguardItem;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * The catalogue editor: privacy managers decide which items apply, where, how often and who
 * owns them, and add the organisation's own items; auditors and top management read.
 */
@Route(value = "safeguards/catalogue", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.SAFEGUARDS, label = "nav.safeguard.catalogue", order = 10)
public class CatalogueView extends SplitLayout implements HasDynamicTitle {

    private final SafeguardCatalogueService catalogue;
    private final boolean editor = CurrentUser.require().hasRole(Role.PRIVACY_MANAGER);
    private final Select<SafeguardFramework> framework = new Select<>();
    private final TextField search = new TextField();
    private final Checkbox showRetired = new Checkbox();
    private final Grid<SafeguardItem> grid = new Grid<>();
    private final Span version = new Span();
    private final Binder<SafeguardItem> binder = new Binder<>();
    private final ComboBox<SafeguardHeading> heading = new ComboBox<>();
    private final TextArea textJa = new TextArea();
    private final TextArea textEn = new TextArea();
    private final Select<Requirement> requirement = new Select<>();
    private final Paragraph shippedNote = new Paragraph();
    private final Span code = new Span();
    private final Button save = new Button();
    private final HistoryPanel history;
    private ListDataProvider<SafeguardItem> items;
    private SafeguardItem editing;

    public CatalogueView(SafeguardCatalogueService catalogue, DepartmentService departments, UserService users,
                         HistoryService historyService) {
        this.catalogue = catalogue;
        this.history = new HistoryPanel(historyService, SafeguardItem.class);
        setSizeFull();
        setSplitterPosition(60);

        framework.setLabel(getTranslation("safeguard.framework"));
        framework.setItems(catalogue.frameworks());
        framework.setItemLabelGenerator(f -> f.name(getLocale()));
        framework.setWidth("28rem");
        framework.setId("safeguard-framework");
        search.setPlaceholder(getTranslation("safeguard.catalogue.search"));
        search.setAriaLabel(getTranslation("safeguard.catalogue.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        showRetired.setLabel(getTranslation("safeguard.catalogue.showRetired"));

        Locale locale = getLocale();
        grid.addColumn(SafeguardItem::getCode).setHeader(getTranslation("safeguard.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation(item.getRequirement().labelKey()))
                .setHeader(getTranslation("safeguard.requirement")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.text(locale)).setHeader(getTranslation("safeguard.text")).setFlexGrow(4);
        grid.addColumn(item -> getTranslation(item.getFrequency().labelKey()))
                .setHeader(getTranslation("safeguard.frequency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::departmentsLabel).setHeader(getTranslation("safeguard.departments")).setFlexGrow(1);
        grid.addColumn(item -> item.getOwner() == null ? "" : item.getOwner().getDisplayName())
                .setHeader(getTranslation("safeguard.owner")).setFlexGrow(1);
        grid.addColumn(this::status).setHeader(getTranslation("safeguard.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("safeguard.catalogue.empty"));
        grid.setId("safeguard-catalogue-grid");
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));

        Button add = new Button(getTranslation("safeguard.catalogue.add"), click -> {
            grid.deselectAll();
            List<SafeguardHeading> headings = catalogue.headings(framework.getValue().getId());
            SafeguardItem draft = SafeguardItem.draft(headings.getFirst());
            draft.setFrequency(CheckFrequency.YEARLY);
            edit(draft);
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("safeguard-add");
        add.setVisible(editor);
        HorizontalLayout toolbar = new HorizontalLayout(framework, search, showRetired, add, version);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        VerticalLayout left = new VerticalLayout(toolbar, grid);
        if (!editor) {
            left.addComponentAtIndex(0, new Paragraph(getTranslation("safeguard.catalogue.readOnly")));
        }
        left.setSizeFull();
        left.expand(grid);
        addToPrimary(left);
        addToSecondary(form(departments, users));

        framework.addValueChangeListener(event -> load());
        search.addValueChangeListener(event -> filter());
        showRetired.addValueChangeListener(event -> filter());
        catalogue.frameworks().stream().findFirst().ifPresent(framework::setValue);
        edit(null);
    }

    private VerticalLayout form(DepartmentService departments, UserService users) {
        heading.setLabel(getTranslation("safeguard.heading"));
        heading.setItemLabelGenerator(h -> h.getCode() + " " + h.title(getLocale()));
        TextField clauseRef = new TextField(getTranslation("safeguard.clauseRef"));
        clauseRef.setMaxLength(200);
        clauseRef.setId("safeguard-clause");
        textJa.setLabel(getTranslation("safeguard.textJa"));
        textJa.setMaxLength(2000);
        textEn.setLabel(getTranslation("safeguard.textEn"));
        textEn.setMaxLength(2000);
        requirement.setLabel(getTranslation("safeguard.requirement"));
        requirement.setItems(Requirement.values());
        requirement.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        Select<CheckFrequency> frequency = new Select<>();
        frequency.setLabel(getTranslation("safeguard.frequency"));
        frequency.setItems(CheckFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        frequency.setId("safeguard-frequency");
        Checkbox enabled = new Checkbox(getTranslation("safeguard.enabled"));
        enabled.setId("safeguard-enabled");
        TextArea reason = new TextArea(getTranslation("safeguard.disabledReason"));
        reason.setMaxLength(1000);
        reason.setId("safeguard-reason");
        MultiSelectComboBox<Department> scope = new MultiSelectComboBox<>(getTranslation("safeguard.departments"));
        scope.setItems(departments.list().stream().filter(Department::isActive).toList());
        scope.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        scope.setHelperText(getTranslation("safeguard.departments.help"));
        ComboBox<UserAccount> owner = new ComboBox<>(getTranslation("safeguard.owner"));
        owner.setItems(users.activeUsers());
        owner.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        owner.setClearButtonVisible(true);

        binder.forField(heading).asRequired(getTranslation("validation.required"))
                .bind(SafeguardItem::getHeading, (item, value) -> { });
        binder.forField(clauseRef).bind(SafeguardItem::getClauseRef, SafeguardItem::setClauseRef);
        binder.forField(textJa).asRequired(getTranslation("safeguard.error.textRequired"))
                .bind(SafeguardItem::getTextJa, SafeguardItem::setTextJa);
        binder.forField(textEn).bind(SafeguardItem::getTextEn, SafeguardItem::setTextEn);
        binder.forField(requirement).asRequired(getTranslation("validation.required"))
                .bind(SafeguardItem::getRequirement, SafeguardItem::setRequirement);
        binder.forField(frequency).asRequired(getTranslation("safeguard.error.frequencyRequired"))
                .bind(SafeguardItem::getFrequency, SafeguardItem::setFrequency);
        binder.forField(enabled).bind(SafeguardItem::isEnabled, SafeguardItem::setEnabled);
        binder.forField(reason)
                .withValidator(value -> enabled.getValue() || (value != null && !value.isBlank()),
                        getTranslation("safeguard.error.reasonRequired"))
                .bind(SafeguardItem::getDisabledReason, SafeguardItem::setDisabledReason);
        binder.forField(scope).bind(SafeguardItem::getDepartments, SafeguardItem::setDepartments);
        binder.forField(owner).bind(SafeguardItem::getOwner, SafeguardItem::setOwner);
        enabled.addValueChangeListener(event -> reason.setVisible(!event.getValue()));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("safeguard-save");
        save.addClickListener(click -> save());
        save.setVisible(editor);
        Button cancel = new Button(getTranslation("action.cancel"), click -> {
            grid.deselectAll();
            edit(null);
        });
        cancel.addClickShortcut(Key.ESCAPE);
        cancel.setVisible(editor);

        FormLayout form = new FormLayout(heading, clauseRef, textJa, textEn, requirement, frequency, enabled, reason,
                scope, owner);
        form.setColspan(textJa, 2);
        form.setColspan(textEn, 2);
        form.setColspan(reason, 2);
        form.setColspan(scope, 2);
        code.addClassName("safeguard-code");
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("safeguard.catalogue.form")), code, shippedNote,
                form, new HorizontalLayout(save, cancel), history);
        right.setId("safeguard-form");
        return right;
    }

    private void load() {
        SafeguardFramework selected = framework.getValue();
        if (selected == null) {
            return;
        }
        version.setText(getTranslation("safeguard.catalogue.version", selected.getCatalogueVersion()));
        heading.setItems(catalogue.headings(selected.getId()));
        items = new ListDataProvider<>(catalogue.items(selected.getId()));
        grid.setItems(items);
        filter();
        edit(null);
    }

    private void filter() {
        if (items == null) {
            return;
        }
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        items.setFilter(item -> (showRetired.getValue() || !item.isRetired())
                && (text.isEmpty() || item.getCode().toLowerCase(Locale.ROOT).contains(text)
                        || item.text(getLocale()).toLowerCase(Locale.ROOT).contains(text)));
    }

    private void edit(SafeguardItem item) {
        binder.setBean(null);
        editing = item == null || item.isNew() ? item : catalogue.get(item.getId());
        boolean open = editing != null;
        if (open) {
            binder.setBean(editing);
        }
        history.show(open && !editing.isNew() ? editing.getId() : null);
        code.setText(open && editing.getCode() != null ? editing.getCode() : "");
        binder.getFields().forEach(field -> field.setReadOnly(!open || !editor));
        boolean ownText = open && editing.isCustom();
        textJa.setReadOnly(!editor || !ownText);
        textEn.setReadOnly(!editor || !ownText);
        requirement.setReadOnly(!editor || !ownText);
        heading.setReadOnly(!editor || !open || !editing.isNew());
        shippedNote.setText(open && !ownText ? getTranslation("safeguard.catalogue.shippedText") : "");
        save.setEnabled(open && editor);
    }

    private void save() {
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        SafeguardItem toSave = editing.isNew() ? SafeguardItem.draft(heading.getValue()) : editing;
        if (editing.isNew()) {
            binder.writeBeanIfValid(toSave);
        }
        SafeguardItem saved = Feedback.attempt(() -> catalogue.save(toSave));
        if (saved != null) {
            Feedback.success("common.saved");
            load();
            grid.select(saved);
        }
    }

    private String departmentsLabel(SafeguardItem item) {
        return item.getDepartments().isEmpty() ? getTranslation("safeguard.departments.all")
                : item.getDepartments().stream().map(Department::getName).sorted().collect(Collectors.joining("、"));
    }

    private String status(SafeguardItem item) {
        if (item.isRetired()) {
            return getTranslation("safeguard.retired");
        }
        String state = getTranslation(item.isEnabled() ? "common.active" : "safeguard.state.NOT_APPLICABLE");
        return item.isCustom() ? state + "・" + getTranslation("safeguard.custom") : state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.safeguard.catalogue");
    }
}
