package jp.mamori.request;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import jp.mamori.organisation.UserAccount;

/** The editable fields of a request, as the API delivers them. */
public record SubjectRequestValues(RequestType type, LocalDate receivedOn, ContactChannel channel, String requesterName,
                                   String requesterContact, String details, ProxyKind proxyKind, String proxyName,
                                   String proxyDocuments, Long identityVerifiedById, String identityMethod,
                                   LocalDate identityVerifiedOn, Integer feeAmount, boolean feeReceived,
                                   Long handlerId, List<Long> ledgerEntryIds, Decision decision,
                                   RefusalGround refusalGround, String decisionReason, LocalDate respondedOn,
                                   ResponseMethod responseMethod, LocalDate destroyedOn) {

    void applyTo(SubjectRequest request, LongFunction<UserAccount> user) {
        request.setType(type);
        request.setReceivedOn(receivedOn);
        request.setChannel(channel);
        request.setRequesterName(requesterName);
        request.setRequesterContact(requesterContact);
        request.setDetails(details);
        request.setProxyKind(proxyKind);
        request.setProxyName(proxyName);
        request.setProxyDocuments(proxyDocuments);
        request.setIdentityVerifiedBy(identityVerifiedById == null ? null : user.apply(identityVerifiedById));
        request.setIdentityMethod(identityMethod);
        request.setIdentityVerifiedOn(identityVerifiedOn);
        if (feeAmount != null) {
            request.setFeeAmount(feeAmount);
        }
        request.setFeeReceived(feeReceived);
        request.setHandler(handlerId == null ? null : user.apply(handlerId));
        request.setLedgerEntryIds(ledgerEntryIds);
        request.setDecision(decision);
        request.setRefusalGround(refusalGround);
        request.setDecisionReason(decisionReason);
        request.setRespondedOn(respondedOn);
        request.setResponseMethod(responseMethod);
        request.setDestroyedOn(destroyedOn);
    }
}
