package jp.mamori.request.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.request.ContactChannel;
import jp.mamori.request.Decision;
import jp.mamori.request.ProxyKind;
import jp.mamori.request.RefusalGround;
import jp.mamori.request.RequestStatus;
import jp.mamori.request.RequestType;
import jp.mamori.request.ResponseMethod;
import jp.mamori.request.SubjectRequest;
import jp.mamori.request.SubjectRequestValues;

/**
 * A data-subject request as the API shows and accepts it. {@code responseDue},
 * {@code destructionDue} and {@code status} are computed and ignored on input; a missing
 * {@code feeAmount} on creation takes the procedure's fee.
 */
public record SubjectRequestDto(
        Long id,
        Long version,
        @NotNull(message = "{validation.required}") RequestType type,
        @NotNull(message = "{validation.required}") LocalDate receivedOn,
        @NotNull(message = "{validation.required}") ContactChannel channel,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String requesterName,
        @Size(max = 500, message = "{validation.maxLength}") String requesterContact,
        String details,
        ProxyKind proxyKind,
        @Size(max = 200, message = "{validation.maxLength}") String proxyName,
        @Size(max = 500, message = "{validation.maxLength}") String proxyDocuments,
        Long identityVerifiedById,
        @Size(max = 500, message = "{validation.maxLength}") String identityMethod,
        LocalDate identityVerifiedOn,
        @Min(value = 0, message = "{request.validation.fee}") Integer feeAmount,
        Boolean feeReceived,
        Long handlerId,
        List<Long> ledgerEntryIds,
        Decision decision,
        RefusalGround refusalGround,
        String decisionReason,
        LocalDate respondedOn,
        ResponseMethod responseMethod,
        LocalDate destroyedOn,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) LocalDate responseDue,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) LocalDate destructionDue,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) RequestStatus status) {

    static SubjectRequestDto of(SubjectRequest request) {
        return new SubjectRequestDto(request.getId(), request.getVersion(), request.getType(), request.getReceivedOn(),
                request.getChannel(), request.getRequesterName(), request.getRequesterContact(), request.getDetails(),
                request.getProxyKind(), request.getProxyName(), request.getProxyDocuments(),
                request.getIdentityVerifiedBy() == null ? null : request.getIdentityVerifiedBy().getId(),
                request.getIdentityMethod(), request.getIdentityVerifiedOn(), request.getFeeAmount(),
                request.isFeeReceived(), request.getHandler() == null ? null : request.getHandler().getId(),
                request.getLedgerEntryIds(), request.getDecision(), request.getRefusalGround(),
                request.getDecisionReason(), request.getRespondedOn(), request.getResponseMethod(),
                request.getDestroyedOn(), request.getResponseDue(), request.getDestructionDue(), request.getStatus());
    }

    SubjectRequestValues values() {
        return new SubjectRequestValues(type, receivedOn, channel, requesterName, requesterContact, details, proxyKind,
                proxyName, proxyDocuments, identityVerifiedById, identityMethod, identityVerifiedOn, feeAmount,
                feeReceived != null && feeReceived, handlerId, ledgerEntryIds, decision, refusalGround, decisionReason,
                respondedOn, responseMethod, destroyedOn);
    }
}
