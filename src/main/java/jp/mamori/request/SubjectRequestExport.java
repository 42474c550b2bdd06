package jp.mamori.request;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.shared.i18n.Labelled;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.XlsxTable;
import jp.mamori.shared.tabular.XlsxTable.Column;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The request register as an xlsx workbook, for examiners and for the management review. */
@Service
public class SubjectRequestExport {

    private final SubjectRequestRepository requests;
    private final Messages messages;

    SubjectRequestExport(SubjectRequestRepository requests, Messages messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @PreAuthorize(SubjectRequestService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, Locale locale) {
        write(out, locale, requests.findAllByOrderByReceivedOnAscIdAsc().stream());
    }

    /** The same, limited to the records whose receipt date falls within a period (both days included). */
    @PreAuthorize(SubjectRequestService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, Locale locale, LocalDate from, LocalDate to) {
        write(out, locale, requests.findAllByOrderByReceivedOnAscIdAsc().stream()
                .filter(record -> !record.getReceivedOn().isBefore(from) && !record.getReceivedOn().isAfter(to)));
    }

    private void write(OutputStream out, Locale locale, Stream<SubjectRequest> records) {
        XlsxTable<SubjectRequest> table = XlsxTable.of(List.of(
                column(locale, "request.id", SubjectRequest::getId),
                column(locale, "request.type", r -> label(locale, r.getType())),
                column(locale, "request.receivedOn", SubjectRequest::getReceivedOn),
                column(locale, "request.channel", r -> label(locale, r.getChannel())),
                column(locale, "request.requesterName", SubjectRequest::getRequesterName),
                column(locale, "request.proxyKind", r -> label(locale, r.getProxyKind())),
                column(locale, "request.proxyName", SubjectRequest::getProxyName),
                column(locale, "request.proxyDocuments", SubjectRequest::getProxyDocuments),
                column(locale, "request.identityVerifiedBy", r -> r.getIdentityVerifiedBy() == null ? null
                        : r.getIdentityVerifiedBy().getDisplayName()),
                column(locale, "request.identityMethod", SubjectRequest::getIdentityMethod),
                column(locale, "request.identityVerifiedOn", SubjectRequest::getIdentityVerifiedOn),
                column(locale, "request.feeAmount", SubjectRequest::getFeeAmount),
                column(locale, "request.feeReceived", SubjectRequest::isFeeReceived),
                column(locale, "request.handler", r -> r.getHandler() == null ? null : r.getHandler().getDisplayName()),
                column(locale, "request.ledgerEntryIds", r -> r.getLedgerEntryIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))),
                column(locale, "request.responseDue", SubjectRequest::getResponseDue),
                column(locale, "request.decision", r -> label(locale, r.getDecision())),
                column(locale, "request.refusalGround", r -> label(locale, r.getRefusalGround())),
                column(locale, "request.decisionReason", SubjectRequest::getDecisionReason),
                column(locale, "request.respondedOn", SubjectRequest::getRespondedOn),
                column(locale, "request.responseMethod", r -> label(locale, r.getResponseMethod())),
                column(locale, "request.destructionDue", SubjectRequest::getDestructionDue),
                column(locale, "request.destroyedOn", SubjectRequest::getDestroyedOn)));
        table.write(out, messages.get(locale, "request.register"), records);
    }

    private Column<SubjectRequest> column(Locale locale, String key, java.util.function.Function<SubjectRequest, Object> value) {
        return new Column<>(messages.get(locale, key), value);
    }

    private String label(Locale locale, Labelled value) {
        return value == null ? null : messages.label(locale, value);
    }
}
