package jp.mamori.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import jp.mamori.organisation.UserAccount;

/** The editable fields of a breach, as the API delivers them. */
public record IncidentValues(String title, String summary, LocalDate occurredOn, LocalDate learnedOn,
                             String dataItems, List<Long> ledgerEntryIds, int affectedPersons, String cause,
                             boolean specialCare, boolean financialHarmRisk, boolean improperPurpose,
                             boolean strongEncryption, LocalDate preliminaryReportedOn, LocalDate finalReportedOn,
                             LocalDate personsNotifiedOn, String secondaryHarm, String personsResponse,
                             String publication, String prevention, String otherMatters, Long handlerId,
                             Long correctiveActionId) {

    void applyTo(Incident incident, LongFunction<UserAccount> user) {
        incident.setTitle(title);
        incident.setSummary(summary);
        incident.setOccurredOn(occurredOn);
        incident.setLearnedOn(learnedOn);
        incident.setDataItems(dataItems);
        incident.setLedgerEntryIds(ledgerEntryIds);
        incident.setAffectedPersons(affectedPersons);
        incident.setCause(cause);
        incident.setSpecialCare(specialCare);
        incident.setFinancialHarmRisk(financialHarmRisk);
        incident.setImproperPurpose(improperPurpose);
        incident.setStrongEncryption(strongEncryption);
        incident.setPreliminaryReportedOn(preliminaryReportedOn);
        incident.setFinalReportedOn(finalReportedOn);
        incident.setPersonsNotifiedOn(personsNotifiedOn);
        incident.setSecondaryHarm(secondaryHarm);
        incident.setPersonsResponse(personsResponse);
        incident.setPublication(publication);
        incident.setPrevention(prevention);
        incident.setOtherMatters(otherMatters);
        incident.setHandler(handlerId == null ? null : user.apply(handlerId));
        incident.setCorrectiveActionId(correctiveActionId);
    }
}
