package jp.mamori.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Registers;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.training.AssignmentFilter;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.AssignmentStatus;
import jp.mamori.training.CompletionRow;
import jp.mamori.training.Course;
import jp.mamori.training.CourseService;
import jp.mamori.training.PersonRecord;
import jp.mamori.training.TrainingAccess;
import jp.mamori.training.TrainingAssignment;
import jp.mamori.training.TrainingCalendar;
import jp.mamori.training.TrainingReports;
import org.springframework.data.domain.Sort;

/**
 * For managers and privacy managers: completion by department and course with a chart, the
 * overdue list (or any other status), each person's record, and the exports for examiners.
 * A manager sees their own departments; a worker who manages nothing is sent to My tasks.
 */
@Route(value = "training/status", layout = MainLayout.class)
@PermitAll
public class TrainingStatusView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final TrainingReports reports;
    private final TrainingCalendar calendar;
    private final LocalDate today;
    private final TrainingAccess.Reach reach;
    private final ComboBox<Course> course = new ComboBox<>();
    private final Select<String> cycle = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<AssignmentStatus> status = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final TextField search = new TextField();
    private final Div chart = new Div();
    private final Grid<CompletionRow> completion = new Grid<>();
    private final Grid<TrainingAssignment> grid = new Grid<>();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();

    public TrainingStatusView(AssignmentService assignments, TrainingReports reports, CourseService courses,
                              DepartmentService departments, TrainingCalendar calendar, Clock clock) {
        this.assignments = assignments;
        this.reports = reports;
        this.calendar = calendar;
        this.today = LocalDate.now(clock);
        this.reach = assignments.reach();
        addClassName("training-status");
        if (!reach.isManager()) {
            return;
        }
        course.setPlaceholder(getTranslation("training.status.allCourses"));
        course.setAriaLabel(getTranslation("training.course.title"));
        course.setItems(courses.list());
        course.setItemLabelGenerator(Course::getTitle);
        course.setClearButtonVisible(true);
        course.setId("training-status-course");
        cycle.setItems(assignments.cycles());
        cycle.setEmptySelectionAllowed(true);
        cycle.setEmptySelectionCaption(getTranslation("training.status.allCycles"));
        cycle.setItemLabelGenerator(value -> value == null ? getTranslation("training.status.allCycles")
                : calendar.cycleLabel(value, getLocale(), this::getTranslation));
        cycle.setAriaLabel(getTranslation("training.assignment.cycle"));
        department.setPlaceholder(getTranslation("training.status.allDepartments"));
        department.setAriaLabel(getTranslation("training.export.department"));
        department.setItems(departments.list().stream()
                .filter(d -> reach.everyone() || reach.departmentIds().contains(d.getId())).toList());
        department.setItemLabelGenerator(Department::getName);
        department.setClearButtonVisible(true);
        status.setItems(AssignmentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("training.status.allStatuses"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("training.status.allStatuses")
                : getTranslation(value.labelKey()));
        status.setAriaLabel(getTranslation("training.assignment.status"));
        overdueOnly.setLabel(getTranslation("training.status.overdueOnly"));
        overdueOnly.setValue(true);
        overdueOnly.setId("training-status-overdue");
        search.setPlaceholder(getTranslation("training.status.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("training-status-search");
        course.addValueChangeListener(event -> refresh());
        cycle.addValueChangeListener(event -> refresh());
        department.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        overdueOnly.addValueChangeListener(event -> refresh());
        search.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(course, cycle, department, status, overdueOnly, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        completion.addColumn(CompletionRow::course).setHeader(getTranslation("training.course.title")).setFlexGrow(2);
        completion.addColumn(CompletionRow::department).setHeader(getTranslation("training.export.department")).setFlexGrow(2);
        completion.addColumn(CompletionRow::assigned).setHeader(getTranslation("training.completion.assigned"));
        completion.addColumn(CompletionRow::completed).setHeader(getTranslation("training.status.COMPLETED"));
        completion.addColumn(CompletionRow::open).setHeader(getTranslation("training.chart.open"));
        completion.addColumn(CompletionRow::overdue).setHeader(getTranslation("training.chart.overdue"));
        completion.addColumn(CompletionRow::failed).setHeader(getTranslation("training.status.FAILED"));
        completion.addColumn(row -> row.rate() + "%").setHeader(getTranslation("training.completion.rate"));
        completion.addThemeVariants(GridVariant.LUMO_COMPACT);
        completion.setAllRowsVisible(true);
        completion.setEmptyStateText(getTranslation("training.status.noAssignments"));
        completion.setId("training-completion-grid");

        grid.addColumn(a -> a.getUser().getDisplayName()).setHeader(getTranslation("training.export.worker"))
                .setKey("user.displayName").setSortable(true);
        grid.addColumn(a -> a.getUser().getDepartment() == null ? "" : a.getUser().getDepartment().getName())
                .setHeader(getTranslation("training.export.department"));
        grid.addColumn(a -> a.getCourse().getTitle()).setHeader(getTranslation("training.course.title"))
                .setKey("course.title").setSortable(true).setFlexGrow(2);
        grid.addColumn(a -> calendar.cycleLabel(a.getCycle(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("training.assignment.cycle")).setKey("cycle").setSortable(true);
        grid.addColumn(a -> JapaneseDates.iso(a.getDueOn())).setHeader(getTranslation("training.assignment.dueOn"))
                .setKey("dueOn").setSortable(true);
        grid.addColumn(a -> getTranslation(a.getStatus().labelKey())
                        + (a.isOverdue(today) ? " (" + getTranslation("training.chart.overdue") + ")" : ""))
                .setHeader(getTranslation("training.assignment.status")).setKey("status").setSortable(true);
        grid.addColumn(a -> a.getAttemptsUsed() + " / " + a.attemptsAllowed())
                .setHeader(getTranslation("training.assignment.attempts"));
        grid.addColumn(a -> a.getBestScore() == null ? "" : a.getBestScore().toString())
                .setHeader(getTranslation("training.assignment.bestScore"));
        grid.setEmptyStateText(getTranslation("training.status.noAssignments"));
        grid.setId("training-assignment-grid");
        Registers.pageFromDatabase(grid, pageable -> assignments.page(filter(), pageable),
                () -> assignments.count(filter()), Sort.by("dueOn", "id"));
        grid.asSingleSelect().addValueChangeListener(event -> showActions(event.getValue()));

        chart.addClassName("training-chart");
        chart.setId("training-chart");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.training.status")), filters, downloads, chart, completion,
                new H3(getTranslation("training.status.assignments")), actions, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!reach.isManager()) {
            event.forwardTo("training/my-tasks");
        }
    }

    private AssignmentFilter filter() {
        return new AssignmentFilter(course.getValue() == null ? null : course.getValue().getId(), cycle.getValue(),
                department.getValue() == null ? null : department.getValue().getId(), status.getValue(),
                overdueOnly.getValue(), search.getValue(), null);
    }

    /** The chart and the completion table ignore the status filters: they count everything. */
    private AssignmentFilter scopeFilter() {
        AssignmentFilter all = filter();
        return new AssignmentFilter(all.courseId(), all.cycle(), all.departmentId(), null, false, null, null);
    }

    private void refresh() {
        List<CompletionRow> rows = reports.completion(scopeFilter(), getLocale());
        completion.setItems(rows);
        chart.removeAll();
        if (!rows.isEmpty()) {
            Image image = new Image(reports.chartPng(scopeFilter(), getLocale()), getTranslation("training.chart.title"));
            image.setMaxWidth("100%");
            image.setId("training-chart-image");
            chart.add(image);
        }
        downloads.removeAll();
        AssignmentFilter scope = scopeFilter();
        downloads.add(Downloads.link("training.status.downloadXlsx", "training-records.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        out -> reports.exportXlsx(scope, out, getLocale())),
                Downloads.link("training.status.downloadReport", "training-report.pdf", "application/pdf",
                        out -> reports.reportPdf(scope, out, getLocale())));
        grid.getDataProvider().refreshAll();
        showActions(null);
    }

    private void showActions(TrainingAssignment selected) {
        actions.removeAll();
        if (selected == null) {
            return;
        }
        Button record = new Button(getTranslation("training.status.record", selected.getUser().getDisplayName()),
                click -> openRecord(selected.getUser().getId()));
        record.setId("training-person-record");
        actions.add(record);
        if (selected.getStatus() == AssignmentStatus.FAILED) {
            Button grant = new Button(getTranslation("training.status.grantAttempt"), click -> {
                if (Feedback.attempt(() -> assignments.grantAttempt(selected.getId(), selected.getVersion())) != null) {
                    Feedback.success("training.status.granted");
                    refresh();
                }
            });
            grant.setId("training-grant-attempt");
            actions.add(grant);
        }
        if (reach.everyone() && selected.getStatus().isOpen()) {
            actions.add(exemptButton(selected), moveDueButton(selected));
        }
    }

    private Button exemptButton(TrainingAssignment selected) {
        Button exempt = new Button(getTranslation("training.status.exempt"), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("training.status.exemptTitle", selected.getUser().getDisplayName()));
            TextArea reason = new TextArea(getTranslation("training.assignment.exemptionReason"));
            reason.setMaxLength(500);
            reason.setWidthFull();
            reason.setId("training-exempt-reason");
            Button confirm = new Button(getTranslation("training.status.exempt"), ok -> {
                if (Feedback.attempt(() -> assignments.exempt(selected.getId(), selected.getVersion(),
                        reason.getValue())) != null) {
                    dialog.close();
                    refresh();
                }
            });
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setId("training-exempt-confirm");
            dialog.add(reason);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), cancel -> dialog.close()), confirm);
            dialog.open();
        });
        exempt.setId("training-exempt");
        return exempt;
    }

    private Button moveDueButton(TrainingAssignment selected) {
        Button move = new Button(getTranslation("training.status.moveDue"), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("training.status.moveDue"));
            DatePicker due = new DatePicker(getTranslation("training.assignment.dueOn"), selected.getDueOn());
            Button confirm = new Button(getTranslation("action.save"), ok -> {
                if (Feedback.attempt(() -> assignments.moveDueDate(selected.getId(), selected.getVersion(),
                        due.getValue())) != null) {
                    dialog.close();
                    refresh();
                }
            });
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.add(due);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), cancel -> dialog.close()), confirm);
            dialog.open();
        });
        move.setId("training-move-due");
        return move;
    }

    private void openRecord(long userId) {
        PersonRecord record = reports.record(userId, getLocale());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.record.title", record.displayName(), record.department()));
        dialog.setWidth("64rem");
        Grid<PersonRecord.Entry> entries = new Grid<>();
        entries.addColumn(entry -> entry.assignment().getCourse().getTitle()).setHeader(getTranslation("training.course.title"))
                .setFlexGrow(2);
        entries.addColumn(entry -> calendar.cycleLabel(entry.assignment().getCycle(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("training.assignment.cycle"));
        entries.addColumn(entry -> JapaneseDates.iso(entry.assignment().getDueOn()))
                .setHeader(getTranslation("training.assignment.dueOn"));
        entries.addColumn(entry -> getTranslation(entry.assignment().getStatus().labelKey()))
                .setHeader(getTranslation("training.assignment.status"));
        entries.addColumn(entry -> entry.submissions().stream().map(s -> s.getScore() + (s.isPassed() ? "✓" : "✗"))
                .collect(Collectors.joining(" / "))).setHeader(getTranslation("training.record.scores"));
        entries.addColumn(entry -> entry.attestation() == null ? ""
                : JapaneseDates.dateTime(entry.attestation().getAttestedAt())
                + " (v" + entry.attestation().getCourseVersion() + " / " + getTranslation("training.record.pledge",
                entry.attestation().getPledgeVersion()) + ")").setHeader(getTranslation("training.attestation.attestedAt"))
                .setFlexGrow(2);
        entries.addComponentColumn(entry -> entry.attestation() == null ? new Div()
                : Downloads.link("training.certificate.download", "certificate-" + entry.assignment().getId() + ".pdf",
                "application/pdf", out -> reports.certificatePdf(entry.assignment().getId(), out, getLocale())))
                .setAutoWidth(true);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setItems(record.entries());
        entries.setAllRowsVisible(true);
        entries.setEmptyStateText(getTranslation("training.status.noAssignments"));
        entries.setId("training-record-grid");
        dialog.add(entries);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.training.status");
    }
}
