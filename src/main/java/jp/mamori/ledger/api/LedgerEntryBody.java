package jp.mamori.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.ledger.AcquisitionMethod;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.ledger.LedgerValues;
import jp.mamori.ledger.Medium;
import jp.mamori.ledger.NoticeConsent;
import jp.mamori.ledger.ProvisionBasis;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.shared.security.Role;

/**
 * A ledger entry as a client creates or changes it, with references by id. The service checks
 * every rule; {@code version} is the one read, so that a stale change is refused (409).
 */
public record LedgerEntryBody(
        Long version, String reference, Long departmentId, Long ownerId, String name, String dataItems,
        String dataSubjects, Integer approximateCount, Medium medium, String format, Boolean specialCare,
        Boolean myNumber, AcquisitionMethod acquisitionMethod, NoticeConsent noticeConsent, List<Long> purposeIds,
        String storagePlace, String storageMethod, List<Long> accessDepartmentIds, Set<Role> accessRoles,
        List<LedgerValues.ConsigneeChoice> consignees, Boolean providedToThirdParty, String provisionRecipient,
        ProvisionBasis provisionBasis, Boolean provisionAbroad, String provisionCountry, Boolean jointUse,
        String jointUseDescription, String retentionPeriod, DisposalMethod disposalMethod,
        Boolean retainedPersonalData, RiskLevel leakImpact, LedgerStatus status, LocalDate nextReviewDate) {

    LedgerValues values() {
        return new LedgerValues(reference, departmentId, ownerId, name, dataItems, dataSubjects, approximateCount, medium,
                format, yes(specialCare), yes(myNumber), acquisitionMethod, noticeConsent, purposeIds, storagePlace,
                storageMethod, accessDepartmentIds, accessRoles, consignees, yes(providedToThirdParty),
                provisionRecipient, provisionBasis, yes(provisionAbroad), provisionCountry, yes(jointUse),
                jointUseDescription, retentionPeriod, disposalMethod, yes(retainedPersonalData), leakImpact, status,
                nextReviewDate);
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
