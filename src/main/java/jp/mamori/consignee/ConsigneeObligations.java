package jp.mamori.consignee;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervising consignees owes by a date: the yearly re-evaluation, the renewal of a
 * certification, the end of a contract or NDA. Privacy managers are reminded (a consignee has
 * no owner among the workers).
 */
@Component
class ConsigneeObligations implements ObligationSource {

    static final String REEVALUATION = "consignee.reevaluation";
    static final String CERTIFICATION = "consignee.certification";
    static final String CONTRACT = "consignee.contract";

    private final ConsigneeRepository consignees;
    private final CertificationRepository certifications;
    private final DocumentRepository documents;

    ConsigneeObligations(ConsigneeRepository consignees, CertificationRepository certifications,
                         DocumentRepository documents) {
        this.consignees = consignees;
        this.certifications = certifications;
        this.documents = documents;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        Stream<Obligation> evaluations = consignees.findEvaluationsDueBy(horizon, ConsigneeSpecifications.SUPERVISED)
                .stream().map(c -> new Obligation(REEVALUATION, String.valueOf(c.getId()), c.getName(), null, null,
                        c.getNextEvaluationDue(), link(c), Severity.NORMAL));
        Stream<Obligation> lapsing = certifications.findExpiringBy(horizon, ConsigneeSpecifications.CLOSED).stream()
                .map(c -> new Obligation(CERTIFICATION, String.valueOf(c.getId()),
                        c.getConsignee().getName() + " " + c.getKind() + (c.getNumber() == null ? "" : " " + c.getNumber()),
                        null, null, c.getExpiresOn(), link(c.getConsignee()), Severity.NORMAL));
        Stream<Obligation> ending = documents.findEndingBy(horizon, ConsigneeSpecifications.CLOSED,
                        EnumSet.of(DocumentKind.CONTRACT, DocumentKind.NDA)).stream()
                .map(d -> new Obligation(CONTRACT, String.valueOf(d.getId()),
                        d.getConsignee().getName() + " " + d.getTitle(), null, null, d.getEndsOn(),
                        link(d.getConsignee()), Severity.HIGH));
        return Stream.of(evaluations, lapsing, ending).flatMap(s -> s).toList().stream();
    }

    private static String link(Consignee consignee) {
        return "consignees/" + consignee.getId();
    }
}
