package jp.mamori.request;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request register's deadlines: answering by the promised date, and destroying the
 * request papers when their retention ends. The subject names the request by number and date,
 * never by the requester, since reminders travel by mail.
 */
@Component
class SubjectRequestObligations implements ObligationSource {

    static final String RESPONSE = "request.response";
    static final String DESTRUCTION = "request.destruction";

    private final SubjectRequestRepository requests;

    SubjectRequestObligations(SubjectRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        Stream<Obligation> responses = requests.findByRespondedOnIsNullAndResponseDueLessThanEqual(horizon).stream()
                .map(request -> obligation(RESPONSE, request, request.getResponseDue(), Severity.HIGH));
        Stream<Obligation> destructions = requests.findByDestroyedOnIsNullAndDestructionDueLessThanEqual(horizon).stream()
                .map(request -> obligation(DESTRUCTION, request, request.getDestructionDue(), Severity.NORMAL));
        return Stream.concat(responses, destructions);
    }

    private static Obligation obligation(String kind, SubjectRequest request, LocalDate due, Severity severity) {
        return new Obligation(kind, String.valueOf(request.getId()), request.historyLabel(),
                request.getHandler() == null ? null : request.getHandler().getId(), null, due,
                "subject-requests/" + request.getId(), severity);
    }
}
