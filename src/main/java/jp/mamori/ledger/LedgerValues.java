package jp.mamori.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.consignee.Consignee;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;

/** The editable columns of a ledger entry as the API delivers them, with references by id. */
public record LedgerValues(String reference, Long departmentId, Long ownerId, String name, String dataItems,
                           String dataSubjects, Integer approximateCount, Medium medium, String format,
                           boolean specialCare, boolean myNumber, AcquisitionMethod acquisitionMethod,
                           NoticeConsent noticeConsent, List<Long> purposeIds, String storagePlace,
                           String storageMethod, List<Long> accessDepartmentIds, Set<Role> accessRoles,
                           List<ConsigneeChoice> consignees, boolean providedToThirdParty,
                           String provisionRecipient, ProvisionBasis provisionBasis, boolean provisionAbroad,
                           String provisionCountry, boolean jointUse, String jointUseDescription,
                           String retentionPeriod, DisposalMethod disposalMethod, boolean retainedPersonalData,
                           RiskLevel leakImpact, LedgerStatus status, LocalDate nextReviewDate) {

    /** A consignee to link, with the reason when its status needs an override. */
    public record ConsigneeChoice(long consigneeId, String overrideReason) {
    }

    /** Finds the records the values refer to; an unknown id is refused with the field it came from. */
    interface References {
        Department department(long id);

        UserAccount user(long id);

        Purpose purpose(long id);

        Consignee consignee(long id);
    }

    /** An unsaved entry carrying these values, as the service's edits take them. */
    LedgerEntry toEntry(References references) {
        LedgerEntry entry = new LedgerEntry();
        entry.setReference(reference);
        entry.setDepartment(departmentId == null ? null : references.department(departmentId));
        entry.setOwner(ownerId == null ? null : references.user(ownerId));
        entry.setName(name);
        entry.setDataItems(dataItems);
        entry.setDataSubjects(dataSubjects);
        entry.setApproximateCount(approximateCount);
        entry.setMedium(medium);
        entry.setFormat(format);
        entry.setSpecialCare(specialCare);
        entry.setMyNumber(myNumber);
        entry.setAcquisitionMethod(acquisitionMethod);
        entry.setNoticeConsent(noticeConsent);
        entry.setPurposes(purposeIds == null ? List.of() : purposeIds.stream().map(references::purpose).toList());
        entry.setStoragePlace(storagePlace);
        entry.setStorageMethod(storageMethod);
        entry.setAccessDepartments(accessDepartmentIds == null ? List.of()
                : accessDepartmentIds.stream().map(references::department).toList());
        entry.setAccessRoles(accessRoles == null ? Set.of() : accessRoles);
        entry.linkConsignees(consignees == null ? List.of() : consignees.stream()
                .map(choice -> new ConsigneeLink(references.consignee(choice.consigneeId()), choice.overrideReason()))
                .toList());
        entry.setProvision(new ThirdPartyProvision(providedToThirdParty, provisionRecipient, provisionBasis,
                provisionAbroad, provisionCountry));
        entry.setJointUse(jointUse);
        entry.setJointUseDescription(jointUseDescription);
        entry.setRetentionPeriod(retentionPeriod);
        entry.setDisposalMethod(disposalMethod);
        entry.setRetainedPersonalData(retainedPersonalData);
        entry.setLeakImpact(leakImpact);
        entry.setStatus(status == null ? LedgerStatus.DRAFT : status);
        entry.setNextReviewDate(nextReviewDate);
        return entry;
    }
}
