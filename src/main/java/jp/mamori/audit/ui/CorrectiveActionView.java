package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.audit.ActionTransition;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.audit.CorrectiveActionStatus;
import jp.mamori.audit.TransitionRequest;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;

/**
 * A corrective action: what it is about, what each step recorded, the form of the current
 * step with the ways forward, and the timeline of every step taken, by whom and when.
 */
@Route(value = "corrective-actions/:actionId(\\d+)", layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/audit.css")
public class CorrectiveActionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorrectiveActionService actions;
    private final UserService users;
    private final Clock clock;
    private final H2 title = new H2();
    private final Facts facts = new Facts();
    private final Paragraph description = new Paragraph();
    private final VerticalLayout records = new VerticalLayout();
    private final VerticalLayout step = new VerticalLayout();
    private final Div timeline = new Div();
    private CorrectiveAction action;

    public CorrectiveActionView(CorrectiveActionService actions, UserService users, Clock clock) {
        this.actions = actions;
        this.users = users;
        this.clock = clock;
        description.addClassName("action-record");
        records.setPadding(false);
        records.setId("action-records");
        step.setPadding(false);
        step.setId("action-step");
        timeline.addClassName("action-timeline");
        timeline.setId("action-timeline");
        add(title, facts, description, records, step, new H3(getTranslation("correctiveAction.timeline")), timeline);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(actions.get(event.getRouteParameters().getLong("actionId").orElseThrow()));
    }

    private void show(CorrectiveAction shown) {
        action = shown;
        LocalDate today = LocalDate.now(clock);
        title.setText(action.reference() + "　" + action.getTitle());
        facts.removeAll();
        Span state = AuditBadges.action(action.getStatus());
        if (action.isOverdue(today)) {
            Span overdue = new Span(getTranslation("correctiveAction.overdue"));
            overdue.addClassNames("audit-badge", "audit-badge-overdue");
            facts.fact("correctiveAction.status", new Span(state, overdue));
        } else {
            facts.fact("correctiveAction.status", state);
        }
        facts.fact("correctiveAction.source", new Span(getTranslation(action.getSource().labelKey())));
        if (action.getFinding() != null) {
            long auditId = action.getFinding().getAudit().getId();
            Button audit = new Button(action.getFinding().reference(), click -> getUI().ifPresent(ui ->
                    ui.navigate("audits/" + auditId)));
            audit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            facts.fact("correctiveAction.finding", new Span(audit));
        }
        if (action.getFollowUpId() != null) {
            facts.fact("correctiveAction.followUp", new Span("#" + action.getFollowUpId()));
        }
        if (action.getIncidentId() != null) {
            facts.fact("correctiveAction.incidentId", new Span("#" + action.getIncidentId()));
        }
        facts.fact("correctiveAction.clauseRef", new Span(action.getClauseRef() == null ? "" : action.getClauseRef()));
        facts.fact("correctiveAction.department", new Span(action.getDepartment() == null ? "" : action.getDepartment().getName()));
        facts.fact("correctiveAction.owner", new Span(action.getOwner().getDisplayName()));
        facts.fact("correctiveAction.dueDate", new Span(JapaneseDates.isoWithWareki(action.getDueDate(), getLocale())));
        facts.fact("correctiveAction.raisedAt", new Span(JapaneseDates.dateTime(action.getRaisedAt()) + "　" + action.getRaisedBy()));
        description.setText(action.getDescription());

        records.removeAll();
        record("correctiveAction.immediateCorrection", action.getImmediateCorrection());
        record("correctiveAction.rootCause", action.getRootCause());
        record("correctiveAction.plan", action.getPlan());
        record("correctiveAction.implementation", action.getImplementation());
        record("correctiveAction.verification", action.getVerification());
        showStep(today);
        showTimeline(actions.timeline(action.getId()));
    }

    private void showStep(LocalDate today) {
        step.removeAll();
        CorrectiveActionStatus status = action.getStatus();
        if (status == CorrectiveActionStatus.CLOSED) {
            return;
        }
        step.add(new H3(getTranslation("correctiveAction.step.title", getTranslation(status.labelKey()))),
                new Paragraph(getTranslation("correctiveAction.step.help." + status.name())));
        TextArea text = new TextArea(getTranslation("correctiveAction.step.field." + status.name()));
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setId("action-step-text");
        step.add(text);
        ComboBox<UserAccount> owner = new ComboBox<>(getTranslation("correctiveAction.owner"));
        DatePicker due = new DatePicker(getTranslation("correctiveAction.dueDate"));
        if (status == CorrectiveActionStatus.PLANNING) {
            List<UserAccount> people = users.activeUsers();
            owner.setItems(people);
            owner.setItemLabelGenerator(AuditPlanDialog::person);
            people.stream().filter(u -> u.getId().equals(action.getOwner().getId())).findFirst().ifPresent(owner::setValue);
            owner.setId("action-step-owner");
            due.setValue(action.getDueDate().isBefore(today) ? null : action.getDueDate());
            due.setMin(today);
            due.setId("action-step-due");
            step.add(new HorizontalLayout(owner, due));
        }
        TextField comment = new TextField(getTranslation("correctiveAction.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setId("action-step-comment");
        step.add(comment);
        HorizontalLayout buttons = new HorizontalLayout();
        for (CorrectiveActionStatus target : status.next()) {
            Button move = new Button(getTranslation("correctiveAction.moveTo." + status.name() + "." + target.name()), click -> {
                TransitionRequest request = fill(TransitionRequest.to(target, action.getVersion())
                        .withComment(comment.getValue()), status, text.getValue(), owner.getValue(), due.getValue());
                CorrectiveAction moved = Feedback.attempt(() -> actions.transition(action.getId(), request));
                if (moved != null) {
                    Feedback.success("correctiveAction.moved", getTranslation(moved.getStatus().labelKey()));
                    show(moved);
                }
            });
            move.setId("action-move-" + target.name().toLowerCase().replace('_', '-'));
            if (target.ordinal() > status.ordinal()) {
                move.addThemeVariants(ButtonVariant.PRIMARY);
            }
            buttons.add(move);
        }
        step.add(buttons);
    }

    private static TransitionRequest fill(TransitionRequest request, CorrectiveActionStatus from, String text,
                                          UserAccount owner, LocalDate due) {
        return switch (from) {
            case IMMEDIATE_CORRECTION -> request.withImmediateCorrection(text);
            case ROOT_CAUSE_ANALYSIS -> request.withRootCause(text);
            case PLANNING -> request.withPlan(text, owner == null ? null : owner.getId(), due);
            case IMPLEMENTATION -> request.withImplementation(text);
            case VERIFICATION -> request.withVerification(text);
            case CLOSED -> request;
        };
    }

    private void showTimeline(List<ActionTransition> steps) {
        timeline.removeAll();
        for (ActionTransition transition : steps) {
            String from = transition.getFrom() == null ? getTranslation("correctiveAction.timeline.raised")
                    : getTranslation(transition.getFrom().labelKey());
            Div head = new Div(new Span(from + " → " + getTranslation(transition.getTo().labelKey())));
            head.addClassName("step-head");
            Div meta = new Div(new Span(JapaneseDates.dateTime(transition.getActedAt()) + "　" + (transition.getActor() == null
                    ? transition.getActorName() : transition.getActor().getDisplayName() + " (" + transition.getActorName() + ")")
                    + (transition.getDueDate() == null ? "" : "　" + getTranslation("correctiveAction.dueDate") + " "
                    + JapaneseDates.iso(transition.getDueDate()))));
            meta.addClassName("step-meta");
            Div entry = new Div(head, meta);
            if (transition.getDetail() != null) {
                Paragraph detail = new Paragraph(transition.getDetail());
                detail.addClassName("action-record");
                entry.add(detail);
            }
            if (transition.getComment() != null) {
                entry.add(new Div(new Span(getTranslation("correctiveAction.comment") + "：" + transition.getComment())));
            }
            entry.addClassName("action-timeline-step");
            timeline.add(entry);
        }
    }

    private void record(String labelKey, String text) {
        if (text != null) {
            Paragraph body = new Paragraph(text);
            body.addClassName("action-record");
            records.add(new H4(getTranslation(labelKey)), body);
        }
    }

    @Override
    public String getPageTitle() {
        return action == null ? getTranslation("nav.audit.correctiveActions") : action.reference();
    }
}
