package jp.mamori.complaint.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.mamori.complaint.Complaint;
import jp.mamori.complaint.ComplaintCategory;
import jp.mamori.complaint.ComplaintKind;
import jp.mamori.complaint.ComplaintStage;
import jp.mamori.complaint.ComplaintValues;
import jp.mamori.request.ContactChannel;

/** A complaint or consultation as the API shows and accepts it; {@code stage} is computed. */
public record ComplaintDto(
        Long id,
        Long version,
        @NotNull(message = "{validation.required}") LocalDate receivedOn,
        @NotNull(message = "{validation.required}") ContactChannel channel,
        @NotNull(message = "{validation.required}") ComplaintKind kind,
        @NotNull(message = "{validation.required}") ComplaintCategory category,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String subject,
        @Size(max = 200, message = "{validation.maxLength}") String complainantName,
        @Size(max = 500, message = "{validation.maxLength}") String complainantContact,
        String details,
        Long handlerId,
        LocalDate firstResponseOn,
        String firstResponse,
        LocalDate investigatedOn,
        String investigation,
        LocalDate improvedOn,
        String improvement,
        LocalDate answeredOn,
        String answer,
        Long correctiveActionId,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) ComplaintStage stage) {

    static ComplaintDto of(Complaint c) {
        return new ComplaintDto(c.getId(), c.getVersion(), c.getReceivedOn(), c.getChannel(), c.getKind(),
                c.getCategory(), c.getSubject(), c.getComplainantName(), c.getComplainantContact(), c.getDetails(),
                c.getHandler() == null ? null : c.getHandler().getId(), c.getFirstResponseOn(), c.getFirstResponse(),
                c.getInvestigatedOn(), c.getInvestigation(), c.getImprovedOn(), c.getImprovement(), c.getAnsweredOn(),
                c.getAnswer(), c.getCorrectiveActionId(), c.getStage());
    }

    ComplaintValues values() {
        return new ComplaintValues(receivedOn, channel, kind, category, subject, complainantName, complainantContact,
                details, handlerId, firstResponseOn, firstResponse, investigatedOn, investigation, improvedOn,
                improvement, answeredOn, answer, correctiveActionId);
    }
}
