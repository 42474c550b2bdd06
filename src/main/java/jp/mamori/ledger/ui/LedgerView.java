package jp.mamori.ledger.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.mamori.ledger.LedgerExport;
import jp.mamori.ledger.LedgerFilter;
import jp.mamori.ledger.LedgerImportService;
import jp.mamori.ledger.LedgerReport;
import jp.mamori.ledger.LedgerRow;
import jp.mamori.ledger.LedgerScope;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.ImportDialog;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * The privacy manager's workspace: the ledger paged from the database, with filters, a column
 * chooser, sorting, and the exports. A department's manager sees their department's entries.
 */
@Route(value = "ledger", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT, Role.Names.EMPLOYEE})
@NavigationEntry(group = NavGroup.LEDGER, label = "nav.ledger", order = 10)
public class LedgerView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Columns the person hid, remembered for the session. */
    static final String HIDDEN_COLUMNS = "mamori.ledger.hiddenColumns";

    private final LedgerService ledger;
    private final LedgerScope scope;
    private final Grid<LedgerRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Department> departmentFilter = new ComboBox<>();
    private final MultiSelectComboBox<LedgerStatus> statusFilter = new MultiSelectComboBox<>();
    private final Checkbox specialCareOnly = new Checkbox();
    private final Checkbox myNumberOnly = new Checkbox();
    private final Checkbox flaggedOnly = new Checkbox();
    private final Checkbox overdueOnly = new Checkbox();
    private final Map<String, Grid.Column<LedgerRow>> columns = new LinkedHashMap<>();
    private final LocalDate today;

    public LedgerView(LedgerService ledger, DepartmentService departments, LedgerExport export, LedgerReport report,
                      LedgerImportService importer) {
        this.ledger = ledger;
        this.scope = ledger.scope();
        this.today = ledger.today();
        setSizeFull();
        addClassName("ledger-view");
        if (!scope.any()) {
            return;
        }
        filters(departments);
        buildGrid();

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        if (scope.editsAny()) {
            Button add = new Button(getTranslation("ledger.add"), VaadinIcon.PLUS.create(),
                    click -> UI.getCurrent().navigate("ledger/new"));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("ledger-add");
            toolbar.add(add);
        }
        if (scope.editsAll()) {
            Button importButton = new Button(getTranslation("ledger.import"), VaadinIcon.UPLOAD.create(),
                    click -> new ImportDialog("ledger.import.title", "ledger.import.help", bytes -> {
                        LedgerImportService.Result result = importer.importFile(bytes, getLocale());
                        return new Object[] {"ledger.import.done", result.created(), result.updated(), result.risks()};
                    }, this::refresh).open());
            importButton.setId("ledger-import");
            toolbar.add(importButton);
        }
        toolbar.add(Downloads.link("ledger.export.xlsx", "ledger.xlsx", LedgerExport.XLSX_TYPE,
                        out -> export.writeXlsx(out, filter())),
                Downloads.link("ledger.export.csv", "ledger.csv", LedgerExport.CSV_TYPE,
                        out -> export.writeCsv(out, filter())),
                Downloads.link("ledger.export.pdf", "ledger.pdf", "application/pdf",
                        out -> report.write(out, filter())));
        Span spacer = new Span();
        toolbar.addAndExpand(spacer);
        toolbar.add(columnChooser());

        HorizontalLayout filterBar = new HorizontalLayout(search, departmentFilter, statusFilter, specialCareOnly,
                myNumberOnly, flaggedOnly, overdueOnly);
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filterBar.setWidthFull();
        filterBar.getStyle().set("flex-wrap", "wrap");
        add(toolbar, filterBar, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!scope.any()) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void filters(DepartmentService departments) {
        search.setPlaceholder(getTranslation("ledger.search"));
        search.setAriaLabel(getTranslation("ledger.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setId("ledger-search");
        departmentFilter.setPlaceholder(getTranslation("ledger.department"));
        departmentFilter.setAriaLabel(getTranslation("ledger.department"));
        departmentFilter.setItems(departments.list().stream().filter(d -> scope.canRead(d.getId())).toList());
        departmentFilter.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        departmentFilter.setClearButtonVisible(true);
        departmentFilter.setId("ledger-department-filter");
        statusFilter.setPlaceholder(getTranslation("ledger.column.status"));
        statusFilter.setAriaLabel(getTranslation("ledger.column.status"));
        statusFilter.setItems(LedgerStatus.values());
        statusFilter.setItemLabelGenerator(status -> getTranslation(status.labelKey()));
        statusFilter.setValue(EnumSet.of(LedgerStatus.DRAFT, LedgerStatus.ACTIVE));
        statusFilter.setId("ledger-status-filter");
        specialCareOnly.setLabel(getTranslation("ledger.filter.specialCare"));
        myNumberOnly.setLabel(getTranslation("ledger.filter.myNumber"));
        flaggedOnly.setLabel(getTranslation("ledger.filter.unacceptedHighRisk"));
        flaggedOnly.setId("ledger-flagged-filter");
        overdueOnly.setLabel(getTranslation("ledger.filter.reviewOverdue"));
        overdueOnly.setId("ledger-overdue-filter");
        search.addValueChangeListener(e -> refresh());
        departmentFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        specialCareOnly.addValueChangeListener(e -> refresh());
        myNumberOnly.addValueChangeListener(e -> refresh());
        flaggedOnly.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
    }

    private void buildGrid() {
        grid.addComponentColumn(row -> Boolean.TRUE.equals(row.unacceptedHighRisk())
                        ? LedgerBadges.unacceptedHighRisk(this) : new Span())
                .setHeader(getTranslation("ledger.column.riskFlag")).setKey("flag").setAutoWidth(true).setFlexGrow(0);
        sortable("reference", LedgerRow::reference, "ledger.column.reference").setAutoWidth(true).setFlexGrow(0);
        sortable("name", LedgerRow::name, "ledger.column.name").setFlexGrow(2);
        sortable("department", LedgerRow::departmentName, "ledger.department");
        sortable("owner", LedgerRow::ownerName, "ledger.owner");
        plain("dataItems", LedgerRow::dataItems, "ledger.column.dataItems").setFlexGrow(2);
        plain("dataSubjects", LedgerRow::dataSubjects, "ledger.column.dataSubjects");
        plain("purposes", row -> String.join("／", row.purposes()), "ledger.column.purposes").setFlexGrow(2);
        sortable("approximateCount", row -> row.approximateCount() == null ? "" : String.format("%,d", row.approximateCount()),
                "ledger.column.approximateCount").setAutoWidth(true).setFlexGrow(0);
        sortable("medium", row -> row.medium() == null ? "" : getTranslation(row.medium().labelKey()),
                "ledger.column.medium").setAutoWidth(true).setFlexGrow(0);
        plain("category", this::categories, "ledger.category").setAutoWidth(true);
        columns.put("status", grid.addComponentColumn(row -> LedgerBadges.status(this, row.status()))
                .setHeader(getTranslation("ledger.column.status")).setKey("status").setSortable(true)
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0));
        sortable("lastReviewedOn", row -> JapaneseDates.iso(row.lastReviewedOn()), "ledger.column.lastReviewedOn")
                .setAutoWidth(true).setFlexGrow(0);
        columns.put("nextReviewDate", grid.addComponentColumn(row -> {
                    Span date = new Span(JapaneseDates.iso(row.nextReviewDate()));
                    return row.reviewOverdueOn(today) ? new Span(date, LedgerBadges.reviewOverdue(this)) : date;
                }).setHeader(getTranslation("ledger.column.nextReviewDate")).setKey("nextReviewDate").setSortable(true)
                .setSortProperty("nextReviewDate").setAutoWidth(true).setFlexGrow(0));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setColumnReorderingAllowed(true);
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("ledger.empty"));
        grid.setId("ledger-grid");
        grid.setItems(query -> ledger.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) ledger.count(filter()));
        grid.addItemClickListener(event -> UI.getCurrent().navigate("ledger/" + event.getItem().id()));
        hiddenColumns().forEach(key -> {
            Grid.Column<LedgerRow> column = columns.get(key);
            if (column != null) {
                column.setVisible(false);
            }
        });
    }

    private String categories(LedgerRow row) {
        StringBuilder text = new StringBuilder();
        if (Boolean.TRUE.equals(row.specialCare())) {
            text.append(getTranslation("ledger.short.specialCare")).append(' ');
        }
        if (Boolean.TRUE.equals(row.myNumber())) {
            text.append(getTranslation("ledger.short.myNumber")).append(' ');
        }
        if (Boolean.TRUE.equals(row.retainedPersonalData())) {
            text.append(getTranslation("ledger.short.retainedPersonalData"));
        }
        return text.toString().strip();
    }

    private Grid.Column<LedgerRow> sortable(String property, ValueProvider<LedgerRow, String> value, String headerKey) {
        Grid.Column<LedgerRow> column = plain(property, value, headerKey);
        column.setSortable(true).setSortProperty(property);
        return column;
    }

    private Grid.Column<LedgerRow> plain(String key, ValueProvider<LedgerRow, String> value, String headerKey) {
        Grid.Column<LedgerRow> column = grid.addColumn(value).setHeader(getTranslation(headerKey)).setKey(key)
                .setResizable(true);
        columns.put(key, column);
        return column;
    }

    /** A menu of the columns, each checked while shown; what is hidden is remembered for the session. */
    private MenuBar columnChooser() {
        MenuBar chooser = new MenuBar();
        chooser.addThemeVariants(MenuBarVariant.TERTIARY);
        chooser.setId("ledger-columns");
        MenuItem top = chooser.addItem(VaadinIcon.GRID_H.create());
        top.add(getTranslation("ledger.columns"));
        SubMenu menu = top.getSubMenu();
        columns.forEach((key, column) -> {
            MenuItem item = menu.addItem(column.getHeaderText() == null ? key : column.getHeaderText());
            item.setCheckable(true);
            item.setKeepOpen(true);
            item.setChecked(column.isVisible());
            item.addClickListener(click -> {
                column.setVisible(item.isChecked());
                Set<String> hidden = new HashSet<>(hiddenColumns());
                if (item.isChecked()) {
                    hidden.remove(key);
                } else {
                    hidden.add(key);
                }
                VaadinSession.getCurrent().setAttribute(HIDDEN_COLUMNS, Set.copyOf(hidden));
            });
        });
        return chooser;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> hiddenColumns() {
        Object stored = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getAttribute(HIDDEN_COLUMNS);
        return stored instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    private LedgerFilter filter() {
        return new LedgerFilter(search.getValue(), departmentFilter.getValue() == null ? null
                : departmentFilter.getValue().getId(), statusFilter.getValue(),
                specialCareOnly.getValue() ? Boolean.TRUE : null, myNumberOnly.getValue() ? Boolean.TRUE : null,
                null, flaggedOnly.getValue() ? Boolean.TRUE : null, overdueOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ledger");
    }
}
