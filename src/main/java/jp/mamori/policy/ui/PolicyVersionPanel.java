package jp.mamori.policy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import jp.mamori.policy.AcknowledgementRow;
import jp.mamori.policy.PolicyApproval;
import jp.mamori.policy.PolicyReports;
import jp.mamori.policy.PolicyService;
import jp.mamori.policy.PolicyStatus;
import jp.mamori.policy.PolicyText;
import jp.mamori.policy.PolicyVersion;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;

/**
 * One version: its text (editable while a draft), the workflow step the signed-in person may
 * take, the approval records and, once published, the workers' acknowledgements.
 */
class PolicyVersionPanel extends VerticalLayout {

    private final PolicyService policies;
    private final PolicyReports reports;
    private final Clock clock;
    private final Runnable changed;
    private final MamoriPrincipal me = CurrentUser.require();
    private PolicyVersion version;

    private final TextArea bodyJa = new TextArea();
    private final TextArea bodyEn = new TextArea();
    private final TextField summary = new TextField();
    private final MarkdownPreview preview = new MarkdownPreview("");
    private final TextField comment = new TextField();
    private final DatePicker effectiveOn = new DatePicker();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Grid<PolicyApproval> approvals = new Grid<>();
    private final Span completion = new Span();
    private final Grid<AcknowledgementRow> acknowledgements = new Grid<>();
    private final VerticalLayout acknowledgementPane;
    private final HistoryPanel history;

    PolicyVersionPanel(PolicyService policies, PolicyReports reports, HistoryService historyService, Clock clock,
                       Runnable changed) {
        this.history = new HistoryPanel(historyService, PolicyVersion.class);
        this.policies = policies;
        this.reports = reports;
        this.clock = clock;
        this.changed = changed;
        setPadding(false);
        bodyJa.setLabel(getTranslation("policy.version.bodyJa"));
        bodyJa.setHelperText(getTranslation("policy.version.markdownHelp"));
        bodyJa.setId("policy-body-ja");
        bodyEn.setLabel(getTranslation("policy.version.bodyEn"));
        bodyEn.setId("policy-body-en");
        for (TextArea area : List.of(bodyJa, bodyEn)) {
            area.setWidthFull();
            area.setMinHeight("10rem");
            area.setMaxLength(PolicyText.MAX_BODY);
        }
        bodyJa.setValueChangeMode(ValueChangeMode.LAZY);
        bodyJa.addValueChangeListener(event -> preview.show(event.getValue()));
        summary.setLabel(getTranslation("policy.version.changeSummary"));
        summary.setWidthFull();
        summary.setMaxLength(1000);
        summary.setId("policy-change-summary");
        comment.setLabel(getTranslation("policy.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setId("policy-comment");
        effectiveOn.setLabel(getTranslation("policy.version.effectiveOn"));
        effectiveOn.setId("policy-effective-on");

        approvals.addColumn(approval -> getTranslation(approval.getDecision().labelKey()))
                .setHeader(getTranslation("policy.approval.decision")).setAutoWidth(true);
        approvals.addColumn(PolicyApproval::getDecidedBy).setHeader(getTranslation("policy.approval.decidedBy"))
                .setAutoWidth(true);
        approvals.addColumn(approval -> JapaneseDates.dateTime(approval.getDecidedAt()))
                .setHeader(getTranslation("policy.approval.decidedAt")).setAutoWidth(true);
        approvals.addColumn(PolicyApproval::getComment).setHeader(getTranslation("policy.approval.comment"))
                .setFlexGrow(3);
        approvals.setAllRowsVisible(true);
        approvals.setId("policy-approvals");

        acknowledgements.addColumn(AcknowledgementRow::displayName)
                .setHeader(getTranslation("policy.acknowledgement.worker")).setFlexGrow(2);
        acknowledgements.addColumn(AcknowledgementRow::department)
                .setHeader(getTranslation("policy.acknowledgement.department")).setFlexGrow(2);
        acknowledgements.addColumn(row -> row.acknowledged()
                        ? JapaneseDates.dateTime(row.acknowledgedAt())
                        : getTranslation("policy.acknowledgement.pending"))
                .setHeader(getTranslation("policy.acknowledgement.at")).setAutoWidth(true);
        acknowledgements.setEmptyStateText(getTranslation("policy.acknowledgements.empty"));
        acknowledgements.setHeight("18rem");
        acknowledgements.setId("policy-acknowledgements");
        completion.setId("policy-completion");
        acknowledgementPane = new VerticalLayout(new H4(getTranslation("policy.acknowledgements.title")), completion,
                acknowledgements);
        acknowledgementPane.setPadding(false);

        add(bodyJa, new H4(getTranslation("policy.version.preview")), preview, bodyEn, summary, comment, effectiveOn,
                actions, new H4(getTranslation("policy.approvals.title")), approvals, acknowledgementPane, history);
        setVisible(false);
    }

    void show(PolicyVersion shown) {
        version = shown;
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        PolicyStatus status = shown.getStatus();
        boolean editable = status == PolicyStatus.DRAFT && me.hasRole(Role.PRIVACY_MANAGER);
        bodyJa.setValue(shown.getBodyJa());
        bodyEn.setValue(shown.getBodyEn() == null ? "" : shown.getBodyEn());
        summary.setValue(shown.getChangeSummary() == null ? "" : shown.getChangeSummary());
        preview.show(shown.getBodyJa());
        bodyJa.setReadOnly(!editable);
        bodyEn.setReadOnly(!editable);
        summary.setReadOnly(!editable);
        boolean deciding = status == PolicyStatus.AWAITING_APPROVAL && me.hasRole(Role.TOP_MANAGEMENT);
        comment.clear();
        comment.setVisible(deciding);
        boolean publishing = status == PolicyStatus.APPROVED && me.hasRole(Role.PRIVACY_MANAGER);
        effectiveOn.setValue(LocalDate.now(clock));
        effectiveOn.setVisible(publishing);

        actions.removeAll();
        if (editable) {
            actions.add(button("policy.action.saveDraft", "policy-save", true,
                    () -> policies.saveDraft(shown.getId(), shown.getVersion(), text()), "common.saved"));
            actions.add(button("policy.action.submit", "policy-submit", false, () -> {
                PolicyVersion saved = policies.saveDraft(shown.getId(), shown.getVersion(), text());
                return policies.submit(saved.getId(), saved.getVersion());
            }, "common.saved"));
        }
        if (deciding) {
            actions.add(button("policy.action.approve", "policy-approve", true,
                    () -> policies.approve(shown.getId(), shown.getVersion(), comment.getValue()), "common.saved"));
            actions.add(button("policy.action.return", "policy-return", false,
                    () -> policies.returnForChanges(shown.getId(), shown.getVersion(), comment.getValue()),
                    "common.saved"));
        }
        if (publishing) {
            actions.add(button("policy.action.publish", "policy-publish", true,
                    () -> policies.publish(shown.getId(), shown.getVersion(), effectiveOn.getValue()), null));
        }
        actions.add(Downloads.link("policy.action.pdf", "policy-" + shown.getId() + ".pdf", "application/pdf",
                out -> reports.versionPdf(shown.getId(), out, getLocale())));
        approvals.setItems(policies.approvals(shown.getId()));
        history.show(shown.getId());
        acknowledgementPane.setVisible(status.wasPublished());
        if (status.wasPublished()) {
            List<AcknowledgementRow> rows = policies.acknowledgements(shown.getId());
            long done = rows.stream().filter(AcknowledgementRow::acknowledged).count();
            completion.setText(getTranslation("policy.acknowledgements.summary", done, rows.size(),
                    rows.isEmpty() ? 100 : Math.round(done * 100.0 / rows.size())));
            acknowledgements.setItems(rows);
        }
    }

    private PolicyText text() {
        return new PolicyText(bodyJa.getValue(), bodyEn.getValue(), summary.getValue());
    }

    private Button button(String labelKey, String id, boolean primary, Supplier<PolicyVersion> step, String doneKey) {
        Button button = new Button(getTranslation(labelKey), click -> {
            PolicyVersion result = Feedback.attempt(step);
            if (result != null) {
                if (doneKey == null) {
                    Feedback.success("policy.published", result.getNumber());
                } else {
                    Feedback.success(doneKey);
                }
                changed.run();
            }
        });
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
            button.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        }
        button.setId(id);
        return button;
    }
}
