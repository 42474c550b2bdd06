package jp.mamori.safeguard;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist report an examiner reads: the rule and whether it is met, the chart, the
 * share per heading, what blocks readiness, every answer, and the list of evidence files with
 * their checksums.
 */
@Service
public class SafeguardChecklistReport {

    private final ReadinessService readiness;
    private final ReadinessChart chart;
    private final CheckAnswerRepository answers;
    private final SafeguardEvidenceRepository evidence;
    private final PdfReports reports;
    private final Messages messages;

    SafeguardChecklistReport(ReadinessService readiness, ReadinessChart chart, CheckAnswerRepository answers,
                             SafeguardEvidenceRepository evidence, PdfReports reports, Messages messages) {
        this.readiness = readiness;
        this.chart = chart;
        this.answers = answers;
        this.evidence = evidence;
        this.reports = reports;
        this.messages = messages;
    }

    @PreAuthorize(SafeguardCatalogueService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, long frameworkId, Locale locale) {
        Readiness result = readiness.readiness(frameworkId);
        SafeguardFramework framework = result.framework();
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.LANDSCAPE, "safeguard.report.title", locale)) {
            pdf.paragraph(messages.get(locale, "safeguard.report.framework", framework.name(locale),
                    framework.getCatalogueVersion()));
            pdf.paragraph(messages.get(locale, "safeguard.readiness.rule"));
            pdf.section(messages.get(locale, result.ready() ? "safeguard.readiness.ready" : "safeguard.readiness.notReady"));
            pdf.paragraph(messages.get(locale, "safeguard.readiness.mandatory", result.mandatory().met(),
                    result.mandatory().applicable(), result.mandatory().percent()));
            pdf.paragraph(messages.get(locale, "safeguard.readiness.desirable", result.desirable().met(),
                    result.desirable().applicable(), result.desirable().percent()));
            pdf.image(chart.png(result, locale, 1100, 420));

            pdf.section(messages.get(locale, "safeguard.readiness.byHeading"));
            PdfReport.Table headings = pdf.table(List.of(messages.get(locale, "safeguard.code"),
                    messages.get(locale, "safeguard.heading"), messages.get(locale, "safeguard.requirement.MANDATORY"),
                    messages.get(locale, "safeguard.requirement.DESIRABLE"), messages.get(locale, "safeguard.readiness.all")),
                    new float[] {1f, 4f, 2f, 2f, 2f});
            for (Readiness.HeadingReadiness heading : result.headings()) {
                headings.row(List.of(heading.heading().getCode(), heading.heading().title(locale), heading.mandatory().display(),
                        heading.desirable().display(), heading.all().display()));
            }
            headings.end();

            pdf.section(messages.get(locale, "safeguard.readiness.blocking"));
            if (result.blocking().isEmpty()) {
                pdf.paragraph(messages.get(locale, "safeguard.readiness.blocking.none"));
            } else {
                PdfReport.Table blocking = pdf.table(List.of(messages.get(locale, "safeguard.code"),
                        messages.get(locale, "safeguard.requirement"), messages.get(locale, "safeguard.text"),
                        messages.get(locale, "safeguard.status")), new float[] {1.3f, 1f, 7f, 1.2f});
                for (Readiness.ItemReadiness item : result.blocking()) {
                    blocking.row(List.of(item.item().getCode(), messages.label(locale, item.item().getRequirement()),
                            item.item().text(locale), messages.label(locale, item.state())));
                }
                blocking.end();
            }

            pdf.section(messages.get(locale, "safeguard.report.answers"));
            PdfReport.Table table = pdf.table(List.of(messages.get(locale, "safeguard.check.department"),
                    messages.get(locale, "safeguard.code"), messages.get(locale, "safeguard.text"),
                    messages.get(locale, "safeguard.check.period"), messages.get(locale, "safeguard.answer.result"),
                    messages.get(locale, "safeguard.answer.comment"), messages.get(locale, "safeguard.results.answeredBy")),
                    new float[] {1.6f, 1.2f, 5f, 2f, 1.1f, 3f, 1.4f});
            for (CheckAnswer answer : answers.findAnsweredInFramework(frameworkId)) {
                String remark = answer.getResult() == CheckResult.NOT_APPLICABLE ? answer.getNaReason() : answer.getComment();
                table.row(List.of(answer.getDepartment().getName(), answer.getItem().getCode(), answer.getItem().text(locale),
                        answer.getPeriod().toString(), messages.label(locale, answer.getResult()),
                        remark == null ? "" : remark,
                        answer.getAnsweredBy() == null ? "" : answer.getAnsweredBy().getDisplayName()));
            }
            table.end();

            pdf.section(messages.get(locale, "safeguard.report.evidence"));
            PdfReport.Table files = pdf.table(List.of(messages.get(locale, "safeguard.evidence.fileName"),
                    messages.get(locale, "safeguard.code"), messages.get(locale, "safeguard.check.department"),
                    messages.get(locale, "safeguard.evidence.size"), messages.get(locale, "safeguard.evidence.uploadedBy"),
                    messages.get(locale, "safeguard.evidence.uploadedAt"), messages.get(locale, "safeguard.evidence.sha256")),
                    new float[] {3f, 1.2f, 1.6f, 1f, 1.3f, 1.6f, 4.5f});
            for (SafeguardEvidence file : evidence.findInFramework(frameworkId)) {
                files.row(List.of(file.getFileName(), file.getAnswer().getItem().getCode(),
                        file.getAnswer().getDepartment().getName(), String.valueOf(file.getSizeBytes()),
                        file.getUploadedBy(), JapaneseDates.dateTime(file.getUploadedAt()),
                        file.getSha256()));
            }
            files.end();
        }
    }

}
