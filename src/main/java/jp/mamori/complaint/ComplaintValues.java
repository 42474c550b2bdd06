package jp.mamori.complaint;

import java.time.LocalDate;
import java.util.function.LongFunction;
import jp.mamori.organisation.UserAccount;
import jp.mamori.request.ContactChannel;

/** The editable fields of a complaint, as the API delivers them. */
public record ComplaintValues(LocalDate receivedOn, ContactChannel channel, ComplaintKind kind,
                              ComplaintCategory category, String subject, String complainantName,
                              String complainantContact, String details, Long handlerId, LocalDate firstResponseOn,
                              String firstResponse, LocalDate investigatedOn, String investigation,
                              LocalDate improvedOn, String improvement, LocalDate answeredOn, String answer,
                              Long correctiveActionId) {

    void applyTo(Complaint complaint, LongFunction<UserAccount> user) {
        complaint.setReceivedOn(receivedOn);
        complaint.setChannel(channel);
        complaint.setKind(kind);
        complaint.setCategory(category);
        complaint.setSubject(subject);
        complaint.setComplainantName(complainantName);
        complaint.setComplainantContact(complainantContact);
        complaint.setDetails(details);
        complaint.setHandler(handlerId == null ? null : user.apply(handlerId));
        complaint.setFirstResponseOn(firstResponseOn);
        complaint.setFirstResponse(firstResponse);
        complaint.setInvestigatedOn(investigatedOn);
        complaint.setInvestigation(investigation);
        complaint.setImprovedOn(improvedOn);
        complaint.setImprovement(improvement);
        complaint.setAnsweredOn(answeredOn);
        complaint.setAnswer(answer);
        complaint.setCorrectiveActionId(correctiveActionId);
    }
}
