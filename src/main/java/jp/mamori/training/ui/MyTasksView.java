package jp.mamori.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.AssignmentStatus;
import jp.mamori.training.TrainingAssignment;
import jp.mamori.training.TrainingCalendar;
import jp.mamori.training.TrainingReports;

/** "My tasks": the courses I must take, the earliest deadline first, and those I finished. */
@Route(value = "training/my-tasks", layout = MainLayout.class)
@PermitAll
@NavigationEntry(group = NavGroup.TRAINING, label = "nav.training.myTasks", order = 0)
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingReports reports;
    private final TrainingCalendar calendar;
    private final LocalDate today;

    public MyTasksView(AssignmentService assignments, TrainingReports reports, TrainingCalendar calendar, Clock clock) {
        this.reports = reports;
        this.calendar = calendar;
        this.today = LocalDate.now(clock);
        addClassName("training-my-tasks");
        List<TrainingAssignment> mine = assignments.mine();
        long open = mine.stream().filter(a -> a.getStatus().isOpen()).count();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("training.myTasks.title")));
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (assignments.reach().isManager()) {
            Button status = new Button(getTranslation("nav.training.status"), VaadinIcon.BAR_CHART.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("training/status")));
            status.addThemeVariants(ButtonVariant.TERTIARY);
            status.setId("training-to-status");
            header.add(status);
        }
        Paragraph summary = new Paragraph(open == 0 ? getTranslation("training.myTasks.nothingOpen")
                : getTranslation("training.myTasks.open", open));
        summary.setId("training-my-summary");

        Grid<TrainingAssignment> grid = new Grid<>();
        grid.addColumn(a -> a.getCourse().getTitle()).setHeader(getTranslation("training.course.title")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.getCourse().getKind().labelKey()))
                .setHeader(getTranslation("training.course.kind")).setAutoWidth(true);
        grid.addColumn(a -> calendar.cycleLabel(a.getCycle(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("training.assignment.cycle")).setAutoWidth(true);
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("training.assignment.dueOn")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.getStatus().labelKey()))
                .setHeader(getTranslation("training.assignment.status")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader(getTranslation("training.myTasks.action")).setKey("action")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("training.myTasks.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("training-my-grid");
        grid.setItems(mine);
        add(header, summary, grid);
    }

    private Component deadline(TrainingAssignment assignment) {
        Span date = new Span(JapaneseDates.iso(assignment.getDueOn()));
        if (assignment.isOverdue(today)) {
            date.setText(getTranslation("training.myTasks.overdue", JapaneseDates.iso(assignment.getDueOn())));
            date.getElement().getThemeList().add("badge error");
        }
        return date;
    }

    private Component action(TrainingAssignment assignment) {
        AssignmentStatus status = assignment.getStatus();
        if (status == AssignmentStatus.COMPLETED) {
            return Downloads.link("training.certificate.download", "certificate-" + assignment.getId() + ".pdf",
                    "application/pdf", out -> reports.certificatePdf(assignment.getId(), out, getLocale()));
        }
        if (status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.PASSED) {
            Button take = new Button(getTranslation(status == AssignmentStatus.PASSED ? "training.myTasks.sign"
                    : "training.myTasks.take"), click -> UI.getCurrent().navigate("training/take/" + assignment.getId()));
            take.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            take.setId("training-take-" + assignment.getId());
            return take;
        }
        return new Span(status == AssignmentStatus.FAILED ? getTranslation("training.myTasks.failedHint")
                : assignment.getExemptionReason());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training.myTasks");
    }
}
