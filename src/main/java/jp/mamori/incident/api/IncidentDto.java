package jp.mamori.incident.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.incident.Incident;
import jp.mamori.incident.IncidentStatus;
import jp.mamori.incident.IncidentValues;

/**
 * A breach as the API shows and accepts it. {@code reportable}, {@code reasons}, the three
 * deadlines and {@code status} are Mamori's assessment: returned, ignored on input.
 */
public record IncidentDto(
        Long id,
        Long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String title,
        String summary,
        LocalDate occurredOn,
        @NotNull(message = "{validation.required}") LocalDate learnedOn,
        String dataItems,
        List<Long> ledgerEntryIds,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{incident.validation.persons}") Integer affectedPersons,
        String cause,
        Boolean specialCare,
        Boolean financialHarmRisk,
        Boolean improperPurpose,
        Boolean strongEncryption,
        LocalDate preliminaryReportedOn,
        LocalDate finalReportedOn,
        LocalDate personsNotifiedOn,
        String secondaryHarm,
        String personsResponse,
        String publication,
        String prevention,
        String otherMatters,
        Long handlerId,
        Long correctiveActionId,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Boolean reportable,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) List<Reason> reasons,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) LocalDate preliminaryReportTarget,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) LocalDate preliminaryReportDue,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) LocalDate finalReportDue,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) IncidentStatus status) {

    /** One reason for the verdict: a stable code and its text in the caller's language. */
    public record Reason(String code, String label) {
    }

    static IncidentDto of(Incident incident, List<Reason> reasons) {
        return new IncidentDto(incident.getId(), incident.getVersion(), incident.getTitle(), incident.getSummary(),
                incident.getOccurredOn(), incident.getLearnedOn(), incident.getDataItems(), incident.getLedgerEntryIds(),
                incident.getAffectedPersons(), incident.getCause(), incident.isSpecialCare(),
                incident.isFinancialHarmRisk(), incident.isImproperPurpose(), incident.isStrongEncryption(),
                incident.getPreliminaryReportedOn(), incident.getFinalReportedOn(), incident.getPersonsNotifiedOn(),
                incident.getSecondaryHarm(), incident.getPersonsResponse(), incident.getPublication(),
                incident.getPrevention(), incident.getOtherMatters(),
                incident.getHandler() == null ? null : incident.getHandler().getId(), incident.getCorrectiveActionId(),
                incident.isReportable(), reasons, incident.getPreliminaryReportTarget(),
                incident.getPreliminaryReportDue(), incident.getFinalReportDue(), incident.getStatus());
    }

    IncidentValues values() {
        return new IncidentValues(title, summary, occurredOn, learnedOn, dataItems, ledgerEntryIds, affectedPersons,
                cause, isTrue(specialCare), isTrue(financialHarmRisk), isTrue(improperPurpose), isTrue(strongEncryption),
                preliminaryReportedOn, finalReportedOn, personsNotifiedOn, secondaryHarm, personsResponse, publication,
                prevention, otherMatters, handlerId, correctiveActionId);
    }

    private static boolean isTrue(Boolean value) {
        return value != null && value;
    }
}
