package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeExport;
import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import jp.mamori.shared.ui.Registers;
import org.springframework.data.domain.Sort;

/**
 * The consignee register: search and filter (status, re-evaluation overdue, certification
 * expiring or lapsed, special-care data entrusted), export, and open a consignee's page. The
 * lapsed-certification filter is also in the address ({@link ConsigneeFilter#CERTIFICATION_LAPSED_PARAMETER}).
 */
@Route(value = "consignees", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.CONSIGNEES, label = "nav.consignees", order = 10)
public class ConsigneesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsigneeService consignees;
    private final Grid<Consignee> grid = new Grid<>();
    private final TextField search = new TextField();
    private final LabelledSelect<ConsigneeStatus> statusFilter;
    private final Checkbox overdueFilter = new Checkbox();
    private final Checkbox expiringFilter = new Checkbox();
    private final Checkbox lapsedFilter = new Checkbox();
    private final Checkbox specialCareFilter = new Checkbox();

    public ConsigneesView(ConsigneeService consignees, ConsigneeExport export, Clock clock) {
        this.consignees = consignees;
        LocalDate today = LocalDate.now(clock);
        setSizeFull();

        search.setPlaceholder(getTranslation("consignee.search"));
        search.setAriaLabel(getTranslation("consignee.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("consignee-search");
        search.addValueChangeListener(e -> refresh());
        statusFilter = LabelledSelect.filter("consignee.status", "consignee.filter.all", this::refresh,
                ConsigneeStatus.values());
        statusFilter.setId("consignee-status-filter");
        flag(overdueFilter, "consignee.filter.overdue", "consignee-overdue-filter");
        flag(expiringFilter, "consignee.filter.certificationExpiring", "consignee-expiring-filter");
        flag(lapsedFilter, "consignee.filter.certificationLapsed", "consignee-lapsed-filter");
        lapsedFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keepLapsedFilterInAddress(e.getValue());
            }
        });
        flag(specialCareFilter, "consignee.filter.specialCare", "consignee-special-care-filter");

        grid.addColumn(Consignee::getName).setHeader(getTranslation("consignee.name")).setKey("name")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(Consignee::getCorporateNumber).setHeader(getTranslation("consignee.corporateNumber"))
                .setKey("corporateNumber").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(c -> ConsigneeBadges.status(this, c)).setHeader(getTranslation("consignee.status"))
                .setKey("status").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(c -> c.getNextEvaluationDue() == null ? new Span()
                        : Registers.dueDate(c.getNextEvaluationDue(), c.isEvaluationOverdue(today), "consignee.overdue"))
                .setHeader(getTranslation("consignee.nextEvaluationDue")).setKey("nextEvaluationDue")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("common.active")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("consignee.empty"));
        grid.setId("consignee-grid");
        Registers.pageFromDatabase(grid, pageable -> consignees.page(filter(), pageable),
                () -> consignees.count(filter()), Sort.by("name", "id"));
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::open));

        List<Component> toolbar = new ArrayList<>();
        if (ConsigneeBadges.mayKeep()) {
            Button add = new Button(getTranslation("consignee.add"),
                    click -> getUI().ifPresent(ui -> ui.navigate("consignees/new")));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("consignee-add");
            toolbar.add(add);
        }
        toolbar.add(Downloads.link("consignee.export", "consignees.xlsx", Downloads.XLSX,
                out -> export.writeRegister(out, filter(), getLocale())));
        add(Registers.masterPane(toolbar, List.of(search, statusFilter, overdueFilter, expiringFilter,
                lapsedFilter, specialCareFilter), grid));
    }

    private void flag(Checkbox box, String labelKey, String id) {
        box.setLabel(getTranslation(labelKey));
        box.setId(id);
        box.addValueChangeListener(e -> refresh());
    }

    /** So that a bookmark taken after ticking or unticking opens the list the user sees. */
    private void keepLapsedFilterInAddress(boolean lapsed) {
        getUI().ifPresent(ui -> {
            Location here = ui.getActiveViewLocation();
            QueryParameters query = here.getQueryParameters();
            ui.getPage().getHistory().replaceState(null, new Location(here.getPath(), lapsed
                    ? query.merging(ConsigneeFilter.CERTIFICATION_LAPSED_PARAMETER, "true")
                    : query.excluding(ConsigneeFilter.CERTIFICATION_LAPSED_PARAMETER)));
        });
    }

    private void open(Consignee consignee) {
        getUI().ifPresent(ui -> ui.navigate("consignees/" + consignee.getId()));
    }

    ConsigneeFilter filter() {
        return new ConsigneeFilter(search.getValue(), statusFilter.getValue(), null,
                overdueFilter.getValue() ? true : null, expiringFilter.getValue() ? true : null,
                lapsedFilter.getValue() ? true : null, specialCareFilter.getValue() ? true : null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lapsedFilter.setValue(event.getLocation().getQueryParameters()
                .getSingleParameter(ConsigneeFilter.CERTIFICATION_LAPSED_PARAMETER).map(Boolean::parseBoolean)
                .orElse(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consignees");
    }
}
