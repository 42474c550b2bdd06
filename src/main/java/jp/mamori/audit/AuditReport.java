package jp.mamori.audit;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit report (内部監査報告書), A4 portrait: scope, criteria, auditors, dates, the
 * checklist with answers, the findings with their corrective actions, the conclusion and the
 * audited department's acknowledgement. Before it is issued it is marked as a draft.
 */
@Service
public class AuditReport {

    private final AuditRepository audits;
    private final ChecklistItemRepository checklist;
    private final AuditEvidenceService evidence;
    private final FindingService findings;
    private final PdfReports reports;
    private final Messages messages;

    AuditReport(AuditRepository audits, ChecklistItemRepository checklist, AuditEvidenceService evidence,
                FindingService findings, PdfReports reports, Messages messages) {
        this.evidence = evidence;
        this.audits = audits;
        this.checklist = checklist;
        this.findings = findings;
        this.reports = reports;
        this.messages = messages;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(long auditId, OutputStream out, Locale locale) {
        Audit audit = audits.findById(auditId).orElseThrow();
        AuditAccess.requireVisible(audit);
        List<ChecklistItem> items = checklist.findByAuditOrderBySortOrderAscIdAsc(audit);
        List<FindingService.Entry> entries = findings.forAudit(auditId);
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "audit.report.title", locale)) {
            if (audit.getStatus().isOpen()) {
                pdf.paragraph(text(locale, "audit.report.draft"));
            }
            pdf.section(text(locale, "audit.report.overview"));
            PdfReport.Table overview = pdf.table(List.of(text(locale, "audit.report.item"),
                    text(locale, "audit.report.content")), new float[] {1.3f, 4f});
            overview.row(List.of(text(locale, "audit.subject"), audit.subject()));
            overview.row(List.of(text(locale, "audit.kind"), messages.label(locale, audit.getKind())));
            overview.row(List.of(text(locale, "audit.fiscalYear"), text(locale, "audit.fiscalYear.value",
                    String.valueOf(audit.getFiscalYear()))));
            overview.row(List.of(text(locale, "audit.scope"), nullToEmpty(audit.getScope())));
            overview.row(List.of(text(locale, "audit.criteria"), nullToEmpty(audit.getCriteria())));
            overview.row(List.of(text(locale, "audit.leadAuditor"), audit.getLeadAuditor().getDisplayName()));
            overview.row(List.of(text(locale, "audit.auditors"), audit.getAuditors().stream()
                    .map(UserAccount::getDisplayName).sorted().collect(Collectors.joining("、"))));
            overview.row(List.of(text(locale, "audit.plannedDate"), JapaneseDates.isoWithWareki(audit.getPlannedDate(), locale)));
            overview.row(List.of(text(locale, "audit.conductedOn"), JapaneseDates.isoWithWareki(audit.getConductedOn(), locale)));
            overview.row(List.of(text(locale, "audit.reportedAt"), audit.getReportedAt() == null ? ""
                    : JapaneseDates.dateTime(audit.getReportedAt()) + "　" + audit.getReportedBy().getDisplayName()));
            overview.row(List.of(text(locale, "audit.status"), messages.label(locale, audit.getStatus())));
            overview.end();

            pdf.section(text(locale, "audit.checklist"));
            Map<ChecklistAnswer, Long> counts = new EnumMap<>(ChecklistAnswer.class);
            items.stream().filter(ChecklistItem::isAnswered).forEach(i -> counts.merge(i.getAnswer(), 1L, Long::sum));
            pdf.paragraph(Arrays.stream(ChecklistAnswer.values())
                    .map(a -> messages.label(locale, a) + " " + counts.getOrDefault(a, 0L))
                    .collect(Collectors.joining("　")) + "　" + text(locale, "audit.checklist.unanswered") + " "
                    + items.stream().filter(i -> !i.isAnswered()).count());
            if (!items.isEmpty()) {
                PdfReport.Table table = pdf.table(List.of(text(locale, "audit.checklist.number"), text(locale, "audit.checklist.reference"),
                        text(locale, "audit.checklist.question"), text(locale, "audit.checklist.answer"),
                        text(locale, "audit.checklist.notes"), text(locale, "audit.checklist.evidence")),
                        new float[] {0.5f, 1.6f, 3.4f, 1.1f, 2.4f, 2.2f});
                Map<Long, List<AuditEvidence>> files = evidence.filesOfAudit(auditId);
                int number = 0;
                for (ChecklistItem item : items) {
                    List<String> evidenceLines = new ArrayList<>();
                    if (item.getEvidence() != null) {
                        evidenceLines.add(item.getEvidence());
                    }
                    files.getOrDefault(item.getId(), List.of()).forEach(file ->
                            evidenceLines.add(text(locale, "audit.evidence.inReport", file.getFileName())));
                    table.row(List.of(String.valueOf(++number), item.reference(), item.getQuestion(),
                            item.getAnswer() == null ? "" : messages.label(locale, item.getAnswer()),
                            nullToEmpty(item.getNotes()), String.join("\n", evidenceLines)));
                }
                table.end();
            }

            pdf.section(text(locale, "audit.findings"));
            if (entries.isEmpty()) {
                pdf.paragraph(text(locale, "audit.findings.none"));
            } else {
                PdfReport.Table table = pdf.table(List.of(text(locale, "finding.reference"), text(locale, "finding.grade"),
                        text(locale, "finding.clauseRef"), text(locale, "finding.description"),
                        text(locale, "finding.evidence"), text(locale, "finding.department"),
                        text(locale, "finding.correctiveAction")), new float[] {0.8f, 1.4f, 1.4f, 3f, 2.4f, 1.3f, 1.6f});
                for (FindingService.Entry entry : entries) {
                    Finding finding = entry.finding();
                    CorrectiveAction action = entry.action();
                    table.row(List.of(finding.reference(), messages.label(locale, finding.getGrade()),
                            finding.getClauseRef(), finding.getDescription(), finding.getEvidence(),
                            finding.getDepartment().getName(), action == null ? messages.label(locale, finding.getStatus())
                                    : action.reference() + " " + messages.label(locale, action.getStatus())));
                }
                table.end();
            }

            pdf.section(text(locale, "audit.conclusion"));
            pdf.paragraph(audit.getConclusion() == null ? text(locale, "audit.report.notIssued") : audit.getConclusion());

            pdf.section(text(locale, "audit.acknowledgement"));
            if (audit.getAcknowledgedBy() == null) {
                pdf.paragraph(text(locale, "audit.acknowledgement.pending"));
            } else {
                pdf.paragraph(text(locale, "audit.acknowledgement.done", audit.getAcknowledgedBy().getDisplayName(),
                        JapaneseDates.dateTime(audit.getAcknowledgedAt())));
                if (audit.getAcknowledgementComment() != null) {
                    pdf.paragraph(audit.getAcknowledgementComment());
                }
            }
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
