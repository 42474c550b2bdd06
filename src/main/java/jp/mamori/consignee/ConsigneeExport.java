package jp.mamori.consignee;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.shared.i18n.Labelled;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.XlsxTable;
import jp.mamori.shared.tabular.XlsxTable.Column;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consignee register and the evaluations of a period as xlsx workbooks. Text goes into
 * typed text cells, never formulas, so a name such as "=HYPERLINK(...)" stays inert.
 */
@Service
public class ConsigneeExport {

    private final ConsigneeService consignees;
    private final CertificationRepository certifications;
    private final AssessmentRepository assessments;
    private final List<ConsignedInformation> consigned;
    private final Messages messages;

    ConsigneeExport(ConsigneeService consignees, CertificationRepository certifications,
                    AssessmentRepository assessments, List<ConsignedInformation> consigned, Messages messages) {
        this.consignees = consignees;
        this.certifications = certifications;
        this.assessments = assessments;
        this.consigned = consigned;
        this.messages = messages;
    }

    /** The register as the filter narrows it. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public void writeRegister(OutputStream out, ConsigneeFilter filter, Locale locale) {
        Set<Long> specialCare = consigned.stream().flatMap(source -> source.consigneesReceivingSpecialCare().stream())
                .collect(Collectors.toSet());
        List<Consignee> register = consignees.list(filter);
        Map<Long, String> certified = certificationsOf(register, locale);
        XlsxTable<Consignee> table = XlsxTable.of(List.of(
                column(locale, "consignee.name", Consignee::getName),
                column(locale, "consignee.corporateNumber", Consignee::getCorporateNumber),
                column(locale, "consignee.address", Consignee::getAddress),
                column(locale, "consignee.contact", Consignee::getContact),
                column(locale, "consignee.services", Consignee::getServices),
                column(locale, "consignee.parent", c -> c.getParent() == null ? null : c.getParent().getName()),
                column(locale, "consignee.status", c -> label(locale, c.getStatus())),
                column(locale, "common.active", Consignee::isActive),
                column(locale, "consignee.nextEvaluationDue", Consignee::getNextEvaluationDue),
                column(locale, "consignee.pdf.certifications", c -> certified.getOrDefault(c.getId(), "")),
                column(locale, "consignee.filter.specialCare", c -> specialCare.contains(c.getId()))));
        table.write(out, messages.get(locale, "consignee.register"), register.stream());
    }

    /** Every assessment made in the period (both days included), oldest first. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public void writeEvaluations(OutputStream out, LocalDate from, LocalDate to, Locale locale) {
        XlsxTable<Assessment> table = XlsxTable.of(List.of(
                column(locale, "consignee.assessment.assessedOn", Assessment::getAssessedOn),
                column(locale, "consignee.name", a -> a.getConsignee().getName()),
                column(locale, "consignee.assessment.template", Assessment::getTemplateName),
                column(locale, "consignee.template.kind", a -> label(locale, a.getKind())),
                column(locale, "consignee.assessment.score", Assessment::getScore),
                column(locale, "consignee.assessment.passMark", Assessment::getPassMark),
                column(locale, "consignee.assessment.result", a -> messages.get(locale,
                        a.isPassed() ? "consignee.assessment.pass" : "consignee.assessment.fail")),
                column(locale, "consignee.assessment.decision", a -> label(locale, a.getDecision())),
                column(locale, "consignee.assessment.conditions", Assessment::getConditions),
                column(locale, "consignee.assessment.decidedBy", Assessment::getDecidedByName),
                column(locale, "consignee.assessment.decidedAt", a -> JapaneseDates.dateTime(a.getDecidedAt())),
                column(locale, "consignee.assessment.nextDue", Assessment::getNextDue)));
        table.write(out, messages.get(locale, "consignee.evaluations"), assessments.findInPeriod(from, to).stream());
    }

    /**
     * One line per certification, by consignee id, fetched for the whole register at once rather
     * than row by row. A consignee without any still gets an empty text cell (see the column).
     */
    private Map<Long, String> certificationsOf(List<Consignee> register, Locale locale) {
        List<Long> ids = register.stream().map(Consignee::getId).toList();
        return certifications.findByConsigneeIdInOrderByKindAscExpiresOnAsc(ids).stream()
                .collect(Collectors.groupingBy(c -> c.getConsignee().getId(), Collectors.mapping(
                        c -> label(locale, c.getKind()) + " " + JapaneseDates.iso(c.getExpiresOn()),
                        Collectors.joining("\n"))));
    }

    private <T> Column<T> column(Locale locale, String key, Function<T, Object> value) {
        return new Column<>(messages.get(locale, key), value);
    }

    private String label(Locale locale, Labelled value) {
        return value == null ? null : messages.label(locale, value);
    }
}
