package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.audit.Audit;
import jp.mamori.audit.AuditReport;
import jp.mamori.audit.AuditEvidence;
import jp.mamori.audit.AuditEvidenceService;
import jp.mamori.audit.AuditService;
import jp.mamori.audit.AuditStatus;
import jp.mamori.audit.ChecklistAnswer;
import jp.mamori.audit.ChecklistItem;
import jp.mamori.audit.ClauseQuestion;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.StandardClauses;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;

/**
 * One audit: its plan, the checklist the team answers, the findings with their corrective
 * actions, the report (download, issue) and the audited department's acknowledgement.
 */
@Route(value = "audits/:auditId(\\d+)", layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/audit.css")
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditService audits;
    private final AuditEvidenceService evidenceFiles;
    private final FindingService findings;
    private final AuditReport report;
    private final DepartmentService departments;
    private final UserService users;
    private final SafeguardCatalogueService catalogue;
    private final StandardClauses clauses;
    private final Clock clock;
    private final H2 title = new H2();
    private final Facts facts = new Facts();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final HorizontalLayout checklistTools = new HorizontalLayout();
    private final Grid<ChecklistItem> checklist = new Grid<>();
    private final Grid<FindingService.Entry> findingGrid = new Grid<>();
    private final HistoryPanel history;
    private Audit audit;
    private Map<Long, List<AuditEvidence>> evidenceByItem = Map.of();

    public AuditView(AuditService audits, AuditEvidenceService evidenceFiles, FindingService findings, AuditReport report,
                     DepartmentService departments, UserService users, SafeguardCatalogueService catalogue,
                     StandardClauses clauses, HistoryService historyService, Clock clock) {
        this.audits = audits;
        this.evidenceFiles = evidenceFiles;
        this.findings = findings;
        this.report = report;
        this.departments = departments;
        this.users = users;
        this.catalogue = catalogue;
        this.clauses = clauses;
        this.clock = clock;
        this.history = new HistoryPanel(historyService, Audit.class);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setId("audit-actions");

        checklist.addColumn(ChecklistItem::getSortOrder).setHeader(getTranslation("audit.checklist.number")).setAutoWidth(true).setFlexGrow(0);
        checklist.addColumn(ChecklistItem::reference).setHeader(getTranslation("audit.checklist.reference")).setAutoWidth(true);
        checklist.addColumn(ChecklistItem::getQuestion).setHeader(getTranslation("audit.checklist.question")).setFlexGrow(4);
        checklist.addColumn(item -> item.getAnswer() == null ? "" : getTranslation(item.getAnswer().labelKey()))
                .setHeader(getTranslation("audit.checklist.answer")).setAutoWidth(true).setFlexGrow(0);
        checklist.addColumn(ChecklistItem::getNotes).setHeader(getTranslation("audit.checklist.notes")).setFlexGrow(2);
        checklist.addColumn(ChecklistItem::getEvidence).setHeader(getTranslation("audit.checklist.evidence")).setFlexGrow(2);
        checklist.addComponentColumn(item -> ChecklistEvidence.links(evidenceFiles,
                        evidenceByItem.getOrDefault(item.getId(), List.of())))
                .setHeader(getTranslation("audit.evidence.files")).setFlexGrow(2);
        checklist.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        checklist.setAllRowsVisible(true);
        checklist.setEmptyStateText(getTranslation("audit.checklist.empty"));
        checklist.setId("audit-checklist");
        checklist.addItemClickListener(event -> {
            if (isTeamMember() && audit.getStatus().isOpen()) {
                answer(event.getItem());
            }
        });

        findingGrid.addColumn(e -> e.finding().reference()).setHeader(getTranslation("finding.reference")).setAutoWidth(true)
                .setFlexGrow(0);
        findingGrid.addComponentColumn(e -> AuditBadges.grade(e.finding().getGrade())).setHeader(getTranslation("finding.grade"))
                .setAutoWidth(true).setFlexGrow(0);
        findingGrid.addColumn(e -> e.finding().getClauseRef()).setHeader(getTranslation("finding.clauseRef")).setAutoWidth(true);
        findingGrid.addColumn(e -> e.finding().getDescription()).setHeader(getTranslation("finding.description")).setFlexGrow(4);
        findingGrid.addColumn(e -> e.finding().getDepartment().getName()).setHeader(getTranslation("finding.department"))
                .setAutoWidth(true);
        findingGrid.addColumn(e -> getTranslation(e.finding().getStatus().labelKey())).setHeader(getTranslation("finding.status"))
                .setAutoWidth(true).setFlexGrow(0);
        findingGrid.addComponentColumn(this::findingAction).setHeader(getTranslation("finding.correctiveAction"))
                .setAutoWidth(true);
        findingGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        findingGrid.setAllRowsVisible(true);
        findingGrid.setEmptyStateText(getTranslation("audit.findings.none"));
        findingGrid.setId("audit-findings");

        add(title, facts, actions, new H3(getTranslation("audit.checklist")), checklistTools, checklist,
                new H3(getTranslation("audit.findings")), findingGrid, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("auditId").orElseThrow();
        audit = audits.get(id);
        show();
    }

    private void show() {
        Locale locale = getLocale();
        title.setText(audit.subject());
        facts.removeAll();
        facts.fact("audit.status", AuditBadges.status(audit.getStatus()));
        facts.fact("audit.kind", new Span(getTranslation(audit.getKind().labelKey())));
        facts.fact("audit.fiscalYear", new Span(getTranslation("audit.fiscalYear.value", String.valueOf(audit.getFiscalYear()))));
        facts.fact("audit.plannedDate", new Span(JapaneseDates.isoWithWareki(audit.getPlannedDate(), locale)));
        facts.fact("audit.leadAuditor", new Span(audit.getLeadAuditor().getDisplayName()));
        facts.fact("audit.auditors", new Span(audit.getAuditors().stream().map(UserAccount::getDisplayName).sorted()
                .collect(Collectors.joining("、"))));
        facts.fact("audit.scope", new Span(orEmpty(audit.getScope())));
        facts.fact("audit.criteria", new Span(orEmpty(audit.getCriteria())));
        if (audit.getConductedOn() != null) {
            facts.fact("audit.conductedOn", new Span(JapaneseDates.isoWithWareki(audit.getConductedOn(), locale)));
        }
        if (audit.getReportedAt() != null) {
            facts.fact("audit.reportedAt", new Span(JapaneseDates.dateTime(audit.getReportedAt())
                    + "　" + audit.getReportedBy().getDisplayName()));
            facts.fact("audit.conclusion", new Span(audit.getConclusion()));
        }
        if (audit.getAcknowledgedAt() != null) {
            facts.fact("audit.acknowledgement", new Span(getTranslation("audit.acknowledgement.done",
                    audit.getAcknowledgedBy().getDisplayName(),
                    JapaneseDates.dateTime(audit.getAcknowledgedAt()))
                    + (audit.getAcknowledgementComment() == null ? "" : "　" + audit.getAcknowledgementComment())));
        }
        if (audit.getCancelledReason() != null) {
            facts.fact("audit.cancelledReason", new Span(audit.getCancelledReason()));
        }
        buildActions();
        evidenceByItem = evidenceFiles.filesOfAudit(audit.getId());
        checklist.setItems(audits.checklist(audit.getId()));
        findingGrid.setItems(findings.forAudit(audit.getId()));
        history.show(audit.getId());
    }

    private void buildActions() {
        MamoriPrincipal me = CurrentUser.require();
        boolean open = audit.getStatus().isOpen();
        boolean team = isTeamMember();
        actions.removeAll();
        checklistTools.removeAll();
        if (me.hasRole(Role.AUDITOR) && open) {
            actions.add(button("audit.plan.edit", "audit-edit", () -> new AuditPlanDialog(audits, departments, users, audit,
                    this::reload).open()));
        }
        if (me.hasRole(Role.AUDITOR) && audit.getStatus() == AuditStatus.PLANNED) {
            actions.add(button("audit.cancel", "audit-cancel", () -> new TextPromptDialog(getTranslation("audit.cancel"),
                    null, "audit.cancelledReason", "audit.cancel", "audit-cancel", reason ->
                    Feedback.attempt(() -> reload(audits.cancel(audit.getId(), audit.getVersion(), reason)))).open()));
        }
        if (team && open) {
            Button issue = button("audit.report.issue", "audit-issue-report", this::issueReport);
            issue.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(button("finding.record", "audit-record-finding", () -> recordFinding(null)), issue);
            checklistTools.add(button("audit.checklist.fromCatalogue", "audit-add-safeguards", () -> new SafeguardPickerDialog(
                            catalogue, codes -> Feedback.attempt(() -> {
                                audits.addSafeguardItems(audit.getId(), codes);
                                reload();
                            })).open()),
                    button("audit.checklist.addClause", "audit-add-clause", this::addClause));
        }
        if (audit.getStatus() == AuditStatus.REPORTED && audit.isManagedBy(me.userId())) {
            Button acknowledge = button("audit.acknowledge", "audit-acknowledge", () -> new TextPromptDialog(
                    getTranslation("audit.acknowledge"), getTranslation("audit.acknowledge.help"), "audit.acknowledgement.comment",
                    "audit.acknowledge", "audit-acknowledge", comment -> Feedback.attempt(() ->
                    reload(audits.acknowledge(audit.getId(), audit.getVersion(), comment)))).open());
            acknowledge.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(acknowledge);
        }
        long id = audit.getId();
        actions.add(Downloads.link("audit.report.download", "audit-report-" + id + ".pdf", "application/pdf",
                out -> report.write(id, out, getLocale())));
    }

    private void answer(ChecklistItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(item.reference());
        dialog.setWidth("40rem");
        RadioButtonGroup<ChecklistAnswer> answer = new RadioButtonGroup<>(getTranslation("audit.checklist.answer"));
        answer.setItems(ChecklistAnswer.values());
        answer.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        answer.setValue(item.getAnswer());
        answer.setId("checklist-answer");
        TextArea notes = new TextArea(getTranslation("audit.checklist.notes"));
        notes.setValue(orEmpty(item.getNotes()));
        notes.setMaxLength(2000);
        notes.setWidthFull();
        notes.setId("checklist-notes");
        TextArea evidence = new TextArea(getTranslation("audit.checklist.evidence"));
        evidence.setValue(orEmpty(item.getEvidence()));
        evidence.setMaxLength(2000);
        evidence.setWidthFull();
        evidence.setHelperText(getTranslation("audit.checklist.evidence.help"));
        dialog.add(new Paragraph(item.getQuestion()), answer, notes, evidence,
                new ChecklistEvidence(evidenceFiles, item.getId()));
        Button save = new Button(getTranslation("action.save"), click -> {
            ChecklistItem saved = Feedback.attempt(() -> audits.answer(item.getId(), item.getVersion(), answer.getValue(),
                    notes.getValue(), evidence.getValue()));
            if (saved != null) {
                dialog.close();
                if (saved.getAnswer() == ChecklistAnswer.NONCONFORM) {
                    recordFinding(saved);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("checklist-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        // Files attached in the dialog are shown in the checklist even when the answer is not saved.
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                reload();
            }
        });
        dialog.open();
    }

    private void recordFinding(ChecklistItem from) {
        new FindingDialog(findings, audit, from, users.activeUsers(), entry -> reload()).open();
    }

    private void addClause() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("audit.checklist.addClause"));
        dialog.setWidth("40rem");
        ComboBox<String> clause = new ComboBox<>(getTranslation("audit.checklist.clause"));
        clause.setItems(clauses.suggestions());
        clause.setAllowCustomValue(true);
        clause.addCustomValueSetListener(event -> clause.setValue(event.getDetail()));
        clause.setWidthFull();
        clause.setHelperText(getTranslation("audit.checklist.clause.help"));
        clause.setId("checklist-clause");
        TextArea question = new TextArea(getTranslation("audit.checklist.question"));
        question.setMaxLength(2000);
        question.setWidthFull();
        question.setId("checklist-question");
        dialog.add(clause, question);
        Button add = new Button(getTranslation("audit.checklist.addClause"), click -> {
            if (Feedback.attempt(() -> audits.addClause(audit.getId(), new ClauseQuestion(clause.getValue(),
                    question.getValue()))) != null) {
                dialog.close();
                reload();
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("checklist-clause-add");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), add);
        dialog.open();
    }

    private void issueReport() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("audit.report.issue"));
        dialog.setWidth("40rem");
        DatePicker conducted = new DatePicker(getTranslation("audit.conductedOn"),
                audit.getConductedOn() != null ? audit.getConductedOn() : LocalDate.now(clock));
        TextArea conclusion = new TextArea(getTranslation("audit.conclusion"));
        conclusion.setMaxLength(4000);
        conclusion.setWidthFull();
        conclusion.setId("audit-conclusion");
        dialog.add(new Paragraph(getTranslation("audit.report.issue.help")), new FormLayout(conducted), conclusion);
        Button issue = new Button(getTranslation("audit.report.issue"), click -> {
            Audit issued = Feedback.attempt(() -> audits.issueReport(audit.getId(), audit.getVersion(),
                    conducted.getValue(), conclusion.getValue()));
            if (issued != null) {
                Feedback.success("audit.report.issued");
                dialog.close();
                reload(issued);
            }
        });
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        issue.setId("audit-issue-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), issue);
        dialog.open();
    }

    private Span findingAction(FindingService.Entry entry) {
        Span cell = new Span();
        if (entry.action() != null) {
            Button open = new Button(entry.action().reference(), click -> getUI().ifPresent(ui ->
                    ui.navigate("corrective-actions/" + entry.action().getId())));
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            cell.add(open, AuditBadges.action(entry.action().getStatus()));
        } else if (!entry.finding().getGrade().isNonconformity() && entry.finding().getClosedAt() == null
                && CurrentUser.require().hasAnyRole(Role.AUDITOR, Role.PRIVACY_MANAGER)) {
            Button close = new Button(getTranslation("finding.close"), click -> new TextPromptDialog(
                    getTranslation("finding.close"), entry.finding().getDescription(), "finding.closingNote",
                    "finding.close", "finding-close", note -> Feedback.attempt(() -> {
                        findings.close(entry.finding().getId(), entry.finding().getVersion(), note);
                        reload();
                    })).open());
            close.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            cell.add(close);
        }
        return cell;
    }

    private boolean isTeamMember() {
        return audit.isTeamMember(CurrentUser.require().userId());
    }

    private void reload(Audit changed) {
        audit = audits.get(changed.getId());
        show();
    }

    private void reload() {
        reload(audit);
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        return button;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return audit == null ? getTranslation("nav.audit.programme") : audit.subject();
    }
}
