package jp.mamori.audit;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.tabular.XlsxTable;
import jp.mamori.shared.tabular.XlsxTable.Column;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrective action register for a period: every action that was running at some time
 * within it (raised before its end, not closed before its start), as xlsx and as a PDF table.
 */
@Service
public class CorrectiveActionExport {

    private final CorrectiveActionRepository actions;
    private final PdfReports reports;
    private final Messages messages;

    CorrectiveActionExport(CorrectiveActionRepository actions, PdfReports reports, Messages messages) {
        this.actions = actions;
        this.reports = reports;
        this.messages = messages;
    }

    @PreAuthorize(AuditAccess.READERS)
    @Transactional(readOnly = true)
    public void writeXlsx(Instant from, Instant to, OutputStream out, Locale locale) {
        XlsxTable<CorrectiveAction> table = XlsxTable.of(List.of(
                column(locale, "correctiveAction.reference", CorrectiveAction::reference),
                column(locale, "correctiveAction.title", CorrectiveAction::getTitle),
                column(locale, "correctiveAction.source", action -> messages.label(locale, action.getSource())),
                column(locale, "correctiveAction.clauseRef", CorrectiveAction::getClauseRef),
                column(locale, "correctiveAction.department", action -> action.getDepartment() == null ? null
                        : action.getDepartment().getName()),
                column(locale, "correctiveAction.owner", action -> action.getOwner().getDisplayName()),
                column(locale, "correctiveAction.status", action -> messages.label(locale, action.getStatus())),
                column(locale, "correctiveAction.dueDate", CorrectiveAction::getDueDate),
                column(locale, "correctiveAction.description", CorrectiveAction::getDescription),
                column(locale, "report.correctiveAction.immediateCorrection", CorrectiveAction::getImmediateCorrection),
                column(locale, "report.correctiveAction.rootCause", CorrectiveAction::getRootCause),
                column(locale, "report.correctiveAction.plan", CorrectiveAction::getPlan),
                column(locale, "report.correctiveAction.implementation", CorrectiveAction::getImplementation),
                column(locale, "report.correctiveAction.verification", CorrectiveAction::getVerification),
                column(locale, "correctiveAction.raisedAt", action -> JapaneseDates.dateTime(action.getRaisedAt())),
                column(locale, "report.correctiveAction.closedAt", action -> JapaneseDates.dateTime(action.getClosedAt()))));
        table.write(out, messages.get(locale, "report.part.correctiveActions"), actions.findActiveBetween(from, to).stream());
    }

    @PreAuthorize(AuditAccess.READERS)
    @Transactional(readOnly = true)
    public void writePdf(Instant from, Instant to, OutputStream out, Locale locale) {
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.LANDSCAPE, "report.part.correctiveActions", locale)) {
            List<CorrectiveAction> running = actions.findActiveBetween(from, to);
            if (running.isEmpty()) {
                pdf.paragraph(messages.get(locale, "report.pack.nothing"));
                return;
            }
            PdfReport.Table table = pdf.table(List.of(text(locale, "correctiveAction.reference"),
                    text(locale, "correctiveAction.title"), text(locale, "correctiveAction.source"),
                    text(locale, "correctiveAction.department"), text(locale, "correctiveAction.owner"),
                    text(locale, "correctiveAction.status"), text(locale, "correctiveAction.dueDate"),
                    text(locale, "correctiveAction.raisedAt"), text(locale, "report.correctiveAction.closedAt")),
                    new float[] {0.9f, 3.2f, 1.4f, 1.4f, 1.3f, 1.3f, 1f, 1.3f, 1.3f});
            for (CorrectiveAction action : running) {
                table.row(List.of(action.reference(), action.getTitle(), messages.label(locale, action.getSource()),
                        action.getDepartment() == null ? "" : action.getDepartment().getName(),
                        action.getOwner().getDisplayName(), messages.label(locale, action.getStatus()),
                        JapaneseDates.iso(action.getDueDate()), JapaneseDates.dateTime(action.getRaisedAt()),
                        JapaneseDates.dateTime(action.getClosedAt())));
            }
            table.end();
        }
    }

    private Column<CorrectiveAction> column(Locale locale, String key, Function<CorrectiveAction, Object> value) {
        return new Column<>(text(locale, key), value);
    }

    private String text(Locale locale, String key) {
        return messages.get(locale, key);
    }

}
