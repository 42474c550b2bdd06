package jp.mamori.audit.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.audit.AuditKind;
import jp.mamori.audit.AuditService;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.Finding;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.FindingStatus;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * The findings of a fiscal year as a board: open, being corrected, closed. A card opens its
 * corrective action, or its audit when it has none.
 */
@Route(value = "findings", layout = MainLayout.class)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_MANAGER, Role.Names.TOP_MANAGEMENT})
@StyleSheet("styles/audit.css")
@NavigationEntry(group = NavGroup.INTERNAL_AUDIT, label = "nav.audit.findings", order = 20)
public class FindingsBoardView extends VerticalLayout implements HasDynamicTitle {

    private final FindingService findings;
    private final Clock clock;
    private final Select<Integer> fiscalYear = new Select<>();
    private final Div board = new Div();

    public FindingsBoardView(FindingService findings, AuditService audits, Clock clock) {
        this.findings = findings;
        this.clock = clock;
        fiscalYear.setLabel(getTranslation("audit.fiscalYear"));
        fiscalYear.setItems(audits.fiscalYears());
        fiscalYear.setItemLabelGenerator(year -> getTranslation("audit.fiscalYear.value", String.valueOf(year)));
        fiscalYear.setValue(audits.currentFiscalYear());
        fiscalYear.setId("findings-fiscal-year");
        fiscalYear.addValueChangeListener(event -> refresh());
        board.addClassName("findings-board");
        board.setId("findings-board");
        add(fiscalYear, board);
        refresh();
    }

    private void refresh() {
        board.removeAll();
        List<FindingService.Entry> entries = fiscalYear.getValue() == null ? List.of() : findings.board(fiscalYear.getValue());
        for (FindingStatus status : FindingStatus.values()) {
            List<FindingService.Entry> inColumn = entries.stream().filter(e -> e.finding().getStatus() == status).toList();
            Div column = new Div(new H4(getTranslation(status.labelKey()) + "（" + inColumn.size() + "）"));
            column.addClassName("findings-column");
            column.setId("findings-column-" + status.name().toLowerCase());
            if (inColumn.isEmpty()) {
                column.add(new Paragraph(getTranslation("finding.board.empty")));
            }
            inColumn.forEach(entry -> column.add(card(entry)));
            board.add(column);
        }
    }

    private Div card(FindingService.Entry entry) {
        Finding finding = entry.finding();
        CorrectiveAction action = entry.action();
        Div card = new Div();
        card.addClassName("finding-card");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "link");
        Div head = new Div(new Span(finding.reference() + " "), AuditBadges.grade(finding.getGrade()));
        String process = finding.getAudit().getKind() == AuditKind.PROCESS ? finding.getAudit().getProcessName() + "　" : "";
        Div meta = new Div(new Span(process + finding.getDepartment().getName() + "　" + finding.getClauseRef()));
        meta.addClassName("finding-card-meta");
        String text = finding.getDescription();
        card.add(head, meta, new Div(new Span(text.length() > 120 ? text.substring(0, 120) + "…" : text)));
        if (action != null) {
            Div actionLine = new Div(new Span(action.reference() + " "), AuditBadges.action(action.getStatus()),
                    new Span(getTranslation("correctiveAction.dueDate") + " " + JapaneseDates.iso(action.getDueDate())));
            if (action.isOverdue(LocalDate.now(clock))) {
                Span overdue = new Span(getTranslation("correctiveAction.overdue"));
                overdue.addClassNames("audit-badge", "audit-badge-overdue");
                actionLine.add(overdue);
            }
            actionLine.addClassName("finding-card-meta");
            card.add(actionLine);
        }
        String target = action != null ? "corrective-actions/" + action.getId() : "audits/" + finding.getAudit().getId();
        card.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(target)));
        card.getElement().addEventListener("keydown", event -> getUI().ifPresent(ui -> ui.navigate(target)))
                .setFilter("event.key === 'Enter'");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit.findings");
    }
}
