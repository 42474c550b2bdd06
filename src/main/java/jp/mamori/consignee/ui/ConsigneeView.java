package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import jp.mamori.consignee.Assessment;
import jp.mamori.consignee.AssessmentService;
import jp.mamori.consignee.ConsignedInformation.ConsignedEntry;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeDocumentService;
import jp.mamori.consignee.ConsigneeReports;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;

/**
 * One consignee with everything about it in tabs: details, certifications, contracts and
 * documents, sub-consignees, the ledger entries it receives, assessments and history.
 * {@code consignees/new} registers a new one.
 */
@Route(value = "consignees/:id", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
public class ConsigneeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsigneeService consignees;
    private final ConsigneeDocumentService documents;
    private final AssessmentService assessments;
    private final ConsigneeReports reports;
    private final HistoryService historyService;
    private final Clock clock;
    private final H3 title = new H3();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private final ConsigneeForm form;
    private boolean showingNew;

    public ConsigneeView(ConsigneeService consignees, ConsigneeDocumentService documents, AssessmentService assessments,
                         ConsigneeReports reports, HistoryService historyService, Clock clock) {
        this.consignees = consignees;
        this.documents = documents;
        this.assessments = assessments;
        this.reports = reports;
        this.historyService = historyService;
        this.clock = clock;
        this.form = new ConsigneeForm(consignees, this::saved,
                () -> getUI().ifPresent(ui -> ui.navigate("consignees")));
        setSizeFull();
        title.setId("consignee-title");
        Anchor back = new Anchor();
        back.setHref("consignees");
        back.setText(getTranslation("consignee.back"));
        HorizontalLayout heading = new HorizontalLayout(title, badges);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tabs.setWidthFull();
        tabs.setId("consignee-tabs");
        add(back, heading, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            show(new Consignee());
            return;
        }
        try {
            show(consignees.get(Long.parseLong(id)));
        } catch (NumberFormatException | NoSuchElementException e) {
            Feedback.error("consignee.notFound");
            event.forwardTo("consignees");
        }
    }

    private void show(Consignee consignee) {
        showingNew = consignee.isNew();
        title.setText(consignee.isNew() ? getTranslation("consignee.page.new") : consignee.getName());
        badges.removeAll();
        if (!consignee.isNew()) {
            badges.add(ConsigneeBadges.status(this, consignee));
        }
        while (tabs.getTabCount() > 0) {
            tabs.remove(tabs.getTabAt(0));
        }
        form.edit(consignee);
        tabs.add(getTranslation("consignee.tab.details"), form);
        if (consignee.isNew()) {
            return;
        }
        long id = consignee.getId();
        LocalDate today = LocalDate.now(clock);
        List<Assessment> history = assessments.history(id);
        tabs.add(getTranslation("consignee.tab.certifications"), new CertificationsTab(consignees, id, today));
        tabs.add(getTranslation("consignee.tab.documents"), new DocumentsTab(documents, id, history));
        tabs.add(getTranslation("consignee.tab.subConsignees"), subConsignees(id));
        tabs.add(getTranslation("consignee.tab.ledger"), ledgerEntries(id));
        tabs.add(getTranslation("consignee.tab.assessments"), new AssessmentsTab(assessments, reports, id, history));
        HistoryPanel panel = new HistoryPanel(historyService, Consignee.class);
        panel.show(id);
        tabs.add(getTranslation("consignee.tab.history"), panel);
    }

    private Component subConsignees(long id) {
        TreeGrid<Consignee> tree = new TreeGrid<>();
        tree.addHierarchyColumn(Consignee::getName).setHeader(getTranslation("consignee.name")).setFlexGrow(2);
        tree.addComponentColumn(c -> ConsigneeBadges.status(this, c)).setHeader(getTranslation("consignee.status"));
        tree.addColumn(Consignee::getServices).setHeader(getTranslation("consignee.services")).setFlexGrow(2);
        tree.setItems(consignees.subConsignees(id), child -> consignees.subConsignees(child.getId()));
        tree.setEmptyStateText(getTranslation("consignee.sub.empty"));
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.setAllRowsVisible(true);
        tree.setId("consignee-sub-consignees");
        tree.addItemDoubleClickListener(click -> getUI().ifPresent(ui -> ui.navigate("consignees/" + click.getItem().getId())));
        return tree;
    }

    private Component ledgerEntries(long id) {
        Grid<ConsignedEntry> grid = new Grid<>();
        grid.addColumn(ConsignedEntry::reference).setHeader(getTranslation("consignee.ledger.reference")).setAutoWidth(true);
        grid.addColumn(ConsignedEntry::name).setHeader(getTranslation("consignee.ledger.name")).setFlexGrow(2);
        grid.addColumn(e -> yesNo(e.specialCare())).setHeader(getTranslation("consignee.ledger.specialCare")).setAutoWidth(true);
        grid.addColumn(e -> yesNo(e.myNumber())).setHeader(getTranslation("consignee.ledger.myNumber")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.statusLabelKey())).setHeader(getTranslation("consignee.ledger.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> yesNo(e.override())).setHeader(getTranslation("consignee.ledger.override")).setAutoWidth(true);
        grid.setItems(consignees.receivedEntries(id));
        grid.setEmptyStateText(getTranslation("consignee.ledger.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("consignee-ledger-entries");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("ledger/" + click.getItem().id())));
        return grid;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "common.yes" : "common.no");
    }

    private void saved(Consignee consignee) {
        if (showingNew) {
            getUI().ifPresent(ui -> ui.navigate("consignees/" + consignee.getId()));
        } else {
            show(consignees.get(consignee.getId()));
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("nav.consignees") : title.getText();
    }
}
