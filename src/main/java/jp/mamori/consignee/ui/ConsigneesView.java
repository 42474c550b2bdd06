package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.consignee.CorporateNumber;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Registers;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import org.springframework.data.domain.Sort;

/** The consignee register: search, add and edit consignees and their status. */
@Route(value = "consignees", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY_MANAGER})
@NavigationEntry(group = NavGroup.CONSIGNEES, label = "nav.consignees", order = 10)
public class ConsigneesView extends SplitLayout implements HasDynamicTitle {

    private final ConsigneeService consignees;
    private final Grid<Consignee> grid = new Grid<>();
    private final Binder<Consignee> binder = new Binder<>();
    private final HistoryPanel history;
    private final Button save = new Button();
    private final TextField search = new TextField();
    private final ComboBox<ConsigneeStatus> statusFilter = new ComboBox<>();
    private Consignee editing;

    public ConsigneesView(ConsigneeService consignees, HistoryService historyService) {
        this.consignees = consignees;
        this.history = new HistoryPanel(historyService, Consignee.class);
        setSizeFull();
        setSplitterPosition(58);

        search.setPlaceholder(getTranslation("consignee.search"));
        search.setAriaLabel(getTranslation("consignee.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("consignee-search");
        statusFilter.setPlaceholder(getTranslation("consignee.status"));
        statusFilter.setAriaLabel(getTranslation("consignee.status"));
        statusFilter.setItems(ConsigneeStatus.values());
        statusFilter.setItemLabelGenerator(status -> getTranslation(status.labelKey()));
        statusFilter.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());

        grid.addColumn(Consignee::getName).setHeader(getTranslation("consignee.name")).setKey("name")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(Consignee::getCorporateNumber).setHeader(getTranslation("consignee.corporateNumber"))
                .setKey("corporateNumber").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("consignee.status"))
                .setKey("status").setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("common.active")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("consignee.empty"));
        grid.setId("consignee-grid");
        Registers.pageFromDatabase(grid, pageable -> consignees.page(filter(), pageable),
                () -> consignees.count(filter()), Sort.by("name"));
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));

        Button add = new Button(getTranslation("consignee.add"), click -> {
            grid.deselectAll();
            edit(new Consignee());
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("consignee-add");
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter);
        filters.setWidthFull();
        VerticalLayout left = new VerticalLayout(add, filters, grid);
        left.setSizeFull();
        left.expand(grid);

        addToPrimary(left);
        addToSecondary(form());
        edit(null);
    }

    private Badge statusBadge(Consignee consignee) {
        Badge badge = new Badge(getTranslation(consignee.getStatus().labelKey()));
        badge.addThemeVariants(consignee.acceptsNewConsignment() ? BadgeVariant.SUCCESS
                : consignee.getStatus() == ConsigneeStatus.CANDIDATE ? BadgeVariant.CONTRAST : BadgeVariant.ERROR);
        return badge;
    }

    private VerticalLayout form() {
        TextField name = new TextField(getTranslation("consignee.name"));
        name.setId("consignee-name");
        name.setMaxLength(200);
        TextField corporateNumber = new TextField(getTranslation("consignee.corporateNumber"));
        corporateNumber.setId("consignee-corporate-number");
        corporateNumber.setHelperText(getTranslation("consignee.corporateNumber.help"));
        TextArea address = new TextArea(getTranslation("consignee.address"));
        address.setMaxLength(500);
        Select<ConsigneeStatus> status = new Select<>();
        status.setLabel(getTranslation("consignee.status"));
        status.setItems(ConsigneeStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setId("consignee-status");
        Checkbox active = new Checkbox(getTranslation("common.active"));

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .bind(Consignee::getName, Consignee::setName);
        binder.forField(corporateNumber)
                .withValidator(value -> value == null || value.isBlank() || CorporateNumber.isValid(CorporateNumber.normalise(value)),
                        getTranslation("consignee.validation.corporateNumber"))
                .bind(Consignee::getCorporateNumber, Consignee::setCorporateNumber);
        binder.forField(address).bind(Consignee::getAddress, Consignee::setAddress);
        binder.forField(status).asRequired(getTranslation("validation.required"))
                .bind(Consignee::getStatus, Consignee::setStatus);
        binder.forField(active).bind(Consignee::isActive, Consignee::setActive);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name, corporateNumber);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setId("consignee-save");
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> {
            grid.deselectAll();
            edit(null);
        });
        cancel.addClickShortcut(Key.ESCAPE);
        FormLayout form = new FormLayout(name, corporateNumber, status, active, address);
        form.setColspan(address, 2);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("consignee.form")), form,
                new HorizontalLayout(save, cancel), history);
        right.setId("consignee-form");
        return right;
    }

    private void edit(Consignee consignee) {
        binder.setBean(null);
        editing = consignee == null || consignee.isNew() ? consignee : consignees.get(consignee.getId());
        boolean open = editing != null;
        if (open) {
            binder.setBean(editing);
        }
        history.show(open ? editing.getId() : null);
        binder.getFields().forEach(field -> field.setReadOnly(!open));
        save.setEnabled(open);
    }

    private void save() {
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        Consignee saved = Feedback.attempt(() -> consignees.save(editing));
        if (saved != null) {
            Feedback.success("common.saved");
            refresh();
            edit(saved);
        }
    }

    private ConsigneeFilter filter() {
        return new ConsigneeFilter(search.getValue(), statusFilter.getValue(), null);
    }


    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consignees");
    }
}
