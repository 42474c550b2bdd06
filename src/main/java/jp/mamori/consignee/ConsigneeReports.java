package jp.mamori.consignee;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation sheet (委託先評価シート) as a PDF: the consignee, its certifications, every
 * criterion with its weight, answer and evidence, the score against the pass mark, and the
 * decision with who took it and when. Dates in ISO and 和暦 for Japanese readers.
 */
@Service
public class ConsigneeReports {

    private final AssessmentRepository assessments;
    private final CertificationRepository certifications;
    private final PdfReports reports;
    private final Messages messages;

    ConsigneeReports(AssessmentRepository assessments, CertificationRepository certifications, PdfReports reports,
                     Messages messages) {
        this.assessments = assessments;
        this.certifications = certifications;
        this.reports = reports;
        this.messages = messages;
    }

    /** The evaluation sheet of one assessment. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public void writeSheet(OutputStream out, long assessmentId, Locale locale) {
        Assessment assessment = assessments.findWithAnswers(assessmentId).orElseThrow();
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "consignee.pdf.title", locale)) {
            sheet(pdf, assessment, locale);
        }
    }

    /** The evaluation sheets of every assessment made in the period (both days included), one per page. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public void writePeriod(OutputStream out, LocalDate from, LocalDate to, Locale locale) {
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "consignee.pdf.period", locale)) {
            List<Assessment> found = assessments.findInPeriodWithAnswers(from, to);
            if (found.isEmpty()) {
                pdf.paragraph(messages.get(locale, "consignee.assessment.empty"));
            }
            for (int i = 0; i < found.size(); i++) {
                if (i > 0) {
                    pdf.newPage();
                }
                sheet(pdf, found.get(i), locale);
            }
        }
    }

    private void sheet(PdfReport pdf, Assessment assessment, Locale locale) {
        Consignee consignee = assessment.getConsignee();
        pdf.section(messages.get(locale, "consignee.pdf.consignee"));
        facts(pdf, List.of(
                fact(locale, "consignee.name", consignee.getName()),
                fact(locale, "consignee.corporateNumber", consignee.getCorporateNumber()),
                fact(locale, "consignee.address", consignee.getAddress()),
                fact(locale, "consignee.contact", consignee.getContact()),
                fact(locale, "consignee.services", consignee.getServices()),
                fact(locale, "consignee.pdf.certifications", certificationsOf(consignee, locale))));

        pdf.section(messages.get(locale, "consignee.pdf.assessment"));
        facts(pdf, List.of(
                fact(locale, "consignee.assessment.template", assessment.getTemplateName() + "（"
                        + messages.label(locale, assessment.getKind()) + "）"),
                fact(locale, "consignee.assessment.assessedOn", JapaneseDates.isoWithWareki(assessment.getAssessedOn(), locale)),
                fact(locale, "consignee.assessment.score", assessment.getScore() + "%"),
                fact(locale, "consignee.assessment.passMark", assessment.getPassMark() + "%"),
                fact(locale, "consignee.assessment.result", messages.get(locale,
                        assessment.isPassed() ? "consignee.assessment.pass" : "consignee.assessment.fail"))));

        pdf.section(messages.get(locale, "consignee.pdf.answers"));
        PdfReport.Table table = pdf.table(List.of("#", messages.get(locale, "consignee.assessment.criterion"),
                messages.get(locale, "consignee.assessment.weight"), messages.get(locale, "consignee.assessment.answer"),
                messages.get(locale, "consignee.assessment.evidence")), new float[] {0.5f, 6f, 1f, 1.6f, 3f});
        for (Answer answer : assessment.getAnswers()) {
            table.row(List.of(String.valueOf(answer.getPosition()), answer.getCriterion(),
                    String.valueOf(answer.getWeight()), messages.label(locale, answer.getAnswer()),
                    orEmpty(answer.getEvidence())));
        }
        table.end();

        pdf.section(messages.get(locale, "consignee.assessment.decision"));
        facts(pdf, List.of(
                fact(locale, "consignee.assessment.decision", messages.label(locale, assessment.getDecision())),
                fact(locale, "consignee.assessment.conditions", assessment.getConditions()),
                fact(locale, "consignee.assessment.notes", assessment.getNotes()),
                fact(locale, "consignee.assessment.decidedBy", assessment.getDecidedByName()),
                fact(locale, "consignee.assessment.decidedAt", JapaneseDates.dateTime(assessment.getDecidedAt())),
                fact(locale, "consignee.assessment.nextDue", JapaneseDates.isoWithWareki(assessment.getNextDue(), locale)),
                fact(locale, "consignee.pdf.signature", "")));
    }

    private String certificationsOf(Consignee consignee, Locale locale) {
        List<Certification> held = certifications.findByConsigneeIdOrderByKindAscExpiresOnAsc(consignee.getId());
        if (held.isEmpty()) {
            return messages.get(locale, "consignee.pdf.noCertification");
        }
        return held.stream().map(c -> messages.label(locale, c.getKind()) + (c.getNumber() == null ? "" : " " + c.getNumber())
                        + "（" + messages.get(locale, "consignee.certification.expiresOn") + " "
                        + JapaneseDates.isoWithWareki(c.getExpiresOn(), locale) + "）")
                .collect(Collectors.joining("\n"));
    }

    private List<String> fact(Locale locale, String labelKey, String value) {
        List<String> row = new ArrayList<>();
        row.add(messages.get(locale, labelKey));
        row.add(orEmpty(value));
        return row;
    }

    /** Label and value, one per paragraph; an empty value leaves room to write in (the signature). */
    private static void facts(PdfReport pdf, List<List<String>> rows) {
        rows.forEach(row -> pdf.paragraph(row.get(0) + "：" + row.get(1)));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
