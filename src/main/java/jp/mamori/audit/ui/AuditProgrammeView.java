package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.audit.Audit;
import jp.mamori.audit.AuditService;
import jp.mamori.audit.AuditSettings;
import jp.mamori.audit.AuditStatus;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * The audit programme of a fiscal year: every audit by planned date, and a grid of departments
 * by month that shows at a glance which department is covered when, and which is not at all.
 */
@Route(value = "audits", layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/audit.css")
@NavigationEntry(group = NavGroup.INTERNAL_AUDIT, label = "nav.audit.programme", order = 10)
public class AuditProgrammeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM");

    private final AuditService audits;
    private final DepartmentService departments;
    private final AuditSettings settings;
    private final Select<Integer> fiscalYear = new Select<>();
    private final Grid<Audit> grid = new Grid<>();
    private final Grid<Department> coverage = new Grid<>();
    private final Paragraph uncovered = new Paragraph();

    public AuditProgrammeView(AuditService audits, DepartmentService departments, UserService users,
                              AuditSettings settings) {
        this.audits = audits;
        this.departments = departments;
        this.settings = settings;
        setSizeFull();
        fiscalYear.setLabel(getTranslation("audit.fiscalYear"));
        fiscalYear.setItems(audits.fiscalYears());
        fiscalYear.setItemLabelGenerator(year -> getTranslation("audit.fiscalYear.value", String.valueOf(year)));
        fiscalYear.setValue(audits.currentFiscalYear());
        fiscalYear.setId("audit-fiscal-year");
        fiscalYear.addValueChangeListener(event -> refresh());

        Button plan = new Button(getTranslation("audit.plan.new"), click -> new AuditPlanDialog(audits, departments,
                users, null, saved -> getUI().ifPresent(ui -> ui.navigate("audits/" + saved.getId()))).open());
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        plan.setId("audit-plan");
        plan.setVisible(CurrentUser.require().hasRole(Role.AUDITOR));
        HorizontalLayout toolbar = new HorizontalLayout(fiscalYear, plan);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(a -> JapaneseDates.iso(a.getPlannedDate())).setHeader(getTranslation("audit.plannedDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Audit::subject).setHeader(getTranslation("audit.subject")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.getKind().labelKey())).setHeader(getTranslation("audit.kind")).setAutoWidth(true);
        grid.addColumn(a -> a.getLeadAuditor().getDisplayName()).setHeader(getTranslation("audit.leadAuditor")).setAutoWidth(true);
        grid.addColumn(a -> a.getAuditors().stream().map(UserAccount::getDisplayName).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("audit.auditors")).setFlexGrow(2);
        grid.addComponentColumn(a -> AuditBadges.status(a.getStatus())).setHeader(getTranslation("audit.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("audit.programme.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("audit-programme-grid");
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("audits/" + event.getItem().getId())));

        coverage.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        coverage.setAllRowsVisible(true);
        coverage.setId("audit-coverage-grid");
        uncovered.addClassName("audit-uncovered");

        add(toolbar, grid, new H3(getTranslation("audit.programme.coverage")), uncovered, coverage);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        int year = fiscalYear.getValue() == null ? audits.currentFiscalYear() : fiscalYear.getValue();
        List<Audit> programme = audits.programme(year);
        grid.setItems(programme);
        coverage.removeAllColumns();
        coverage.addColumn(Department::getName).setHeader(getTranslation("audit.departments")).setAutoWidth(true)
                .setFrozen(true);
        LocalDate start = settings.fiscalYearStart(year);
        for (int month = 0; month < 12; month++) {
            YearMonth column = YearMonth.from(start.plusMonths(month));
            coverage.addComponentColumn(department -> cell(programme, department, column))
                    .setHeader(MONTH.withLocale(getLocale()).format(column)).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        List<Department> active = departments.list().stream().filter(Department::isActive).toList();
        coverage.setItems(active);
        List<String> notCovered = active.stream()
                .filter(d -> programme.stream().noneMatch(a -> a.getStatus() != AuditStatus.CANCELLED
                        && a.getDepartments().contains(d)))
                .map(Department::getName).toList();
        uncovered.setText(notCovered.isEmpty() ? getTranslation("audit.programme.allCovered")
                : getTranslation("audit.programme.notCovered", String.join("、", notCovered)));
    }

    private Span cell(List<Audit> programme, Department department, YearMonth month) {
        Span cell = new Span();
        programme.stream()
                .filter(a -> a.getDepartments().contains(department) && YearMonth.from(a.getPlannedDate()).equals(month))
                .forEach(a -> {
                    Span mark = AuditBadges.status(a.getStatus());
                    mark.setText(getTranslation("audit.programme.day", String.valueOf(a.getPlannedDate().getDayOfMonth())));
                    mark.getElement().setAttribute("title", a.subject() + " " + getTranslation(a.getStatus().labelKey()));
                    cell.add(mark);
                });
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit.programme");
    }
}
