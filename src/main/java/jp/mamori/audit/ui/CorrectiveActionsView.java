package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.audit.ActionFilter;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.audit.CorrectiveActionStatus;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Registers;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import org.springframework.data.domain.Sort;

/**
 * Corrective actions by due date: every one for auditors, privacy managers and top management,
 * one's own for anybody else. Privacy managers raise actions and adopt safeguard follow-ups here.
 */
@Route(value = "corrective-actions", layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/audit.css")
@NavigationEntry(group = NavGroup.INTERNAL_AUDIT, label = "nav.audit.correctiveActions", order = 30)
public class CorrectiveActionsView extends VerticalLayout implements HasDynamicTitle {

    private final CorrectiveActionService actions;
    private final Grid<CorrectiveAction> grid = new Grid<>();
    private final Select<CorrectiveActionStatus> status = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Checkbox running = new Checkbox();

    public CorrectiveActionsView(CorrectiveActionService actions, DepartmentService departments, UserService users,
                                 Clock clock) {
        this.actions = actions;
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        status.setLabel(getTranslation("correctiveAction.status"));
        status.setItems(CorrectiveActionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("correctiveAction.filter.allSteps"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("correctiveAction.filter.allSteps")
                : getTranslation(s.labelKey()));
        status.setId("actions-status");
        mine.setLabel(getTranslation("correctiveAction.filter.mine"));
        mine.setId("actions-mine");
        running.setLabel(getTranslation("correctiveAction.filter.running"));
        running.setValue(true);
        running.setId("actions-running");
        status.addValueChangeListener(event -> refresh());
        mine.addValueChangeListener(event -> refresh());
        running.addValueChangeListener(event -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(status, mine, running);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (CurrentUser.require().hasRole(Role.PRIVACY_MANAGER)) {
            Button raise = new Button(getTranslation("correctiveAction.raise"), click -> new RaiseActionDialog(actions,
                    departments, users, raised -> getUI().ifPresent(ui -> ui.navigate("corrective-actions/" + raised.getId())))
                    .open());
            raise.addThemeVariants(ButtonVariant.PRIMARY);
            raise.setId("actions-raise");
            Button adopt = new Button(getTranslation("correctiveAction.adopt"), click -> {
                Integer adopted = Feedback.attempt(actions::adoptOpenFollowUps);
                if (adopted != null) {
                    Feedback.success("correctiveAction.adopted", adopted);
                    refresh();
                }
            });
            adopt.setId("actions-adopt");
            toolbar.add(raise, adopt);
        }

        grid.addColumn(CorrectiveAction::reference).setHeader(getTranslation("correctiveAction.reference"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("id");
        grid.addColumn(CorrectiveAction::getTitle).setHeader(getTranslation("correctiveAction.title")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.getSource().labelKey())).setHeader(getTranslation("correctiveAction.source"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.getDepartment() == null ? "" : a.getDepartment().getName())
                .setHeader(getTranslation("correctiveAction.department")).setAutoWidth(true);
        grid.addColumn(a -> a.getOwner().getDisplayName()).setHeader(getTranslation("correctiveAction.owner")).setAutoWidth(true);
        grid.addComponentColumn(a -> AuditBadges.action(a.getStatus())).setHeader(getTranslation("correctiveAction.status"))
                .setAutoWidth(true).setSortProperty("status");
        grid.addComponentColumn(a -> due(a, today)).setHeader(getTranslation("correctiveAction.dueDate"))
                .setAutoWidth(true).setSortProperty("dueDate");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("correctiveAction.empty"));
        grid.setId("actions-grid");
        Registers.pageFromDatabase(grid, pageable -> actions.page(filter(), pageable),
                () -> actions.count(filter()), Sort.by("dueDate", "id"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("corrective-actions/" + event.getItem().getId())));
        add(toolbar, grid);
        expand(grid);
    }

    private Span due(CorrectiveAction action, LocalDate today) {
        Span due = new Span(JapaneseDates.iso(action.getDueDate()) + " ");
        if (action.isOverdue(today)) {
            Span overdue = new Span(getTranslation("correctiveAction.overdue"));
            overdue.addClassNames("audit-badge", "audit-badge-overdue");
            due.add(overdue);
        }
        return due;
    }

    private ActionFilter filter() {
        return new ActionFilter(status.getValue(), mine.getValue(), running.getValue());
    }


    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit.correctiveActions");
    }
}
