package jp.mamori.ledger.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.ledger.AcquisitionMethod;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.ledger.Medium;
import jp.mamori.ledger.NoticeConsent;
import jp.mamori.ledger.ProvisionBasis;
import jp.mamori.ledger.Purpose;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.ledger.ThirdPartyProvision;
import jp.mamori.organisation.Department;
import jp.mamori.shared.security.Role;

/** A ledger entry as the API shows it. Send {@code version} back with a change. */
public record LedgerEntryDto(
        Long id, Long version, String reference, Long departmentId, String departmentName, Long ownerId,
        String ownerName, String name, String dataItems, String dataSubjects, Integer approximateCount, Medium medium,
        String format, boolean specialCare, boolean myNumber, AcquisitionMethod acquisitionMethod,
        NoticeConsent noticeConsent, List<PurposeRef> purposes, String storagePlace, String storageMethod,
        List<Long> accessDepartmentIds, Set<Role> accessRoles, List<ConsigneeRef> consignees,
        boolean providedToThirdParty, String provisionRecipient, ProvisionBasis provisionBasis,
        boolean provisionAbroad, String provisionCountry, boolean jointUse, String jointUseDescription,
        String retentionPeriod, DisposalMethod disposalMethod, boolean retainedPersonalData, RiskLevel leakImpact,
        LedgerStatus status, LocalDate lastReviewedOn, LocalDate nextReviewDate, boolean unacceptedHighRisk) {

    /** A purpose of use: its id and the text the public notice publishes. */
    public record PurposeRef(Long id, String textJa, String textEn, String category) {
    }

    /** A linked consignee; the override fields say who linked a consignee that was not approved, when and why. */
    public record ConsigneeRef(Long consigneeId, String name, ConsigneeStatus status, String overrideReason,
                               String overrideBy, Instant overrideAt) {
    }

    static LedgerEntryDto of(LedgerEntry entry) {
        ThirdPartyProvision provision = entry.getProvision();
        return new LedgerEntryDto(entry.getId(), entry.getVersion(), entry.getReference(), entry.getDepartment().getId(),
                entry.getDepartment().getName(), entry.getOwner() == null ? null : entry.getOwner().getId(),
                entry.getOwner() == null ? null : entry.getOwner().getDisplayName(), entry.getName(),
                entry.getDataItems(), entry.getDataSubjects(), entry.getApproximateCount(), entry.getMedium(),
                entry.getFormat(), entry.isSpecialCare(), entry.isMyNumber(), entry.getAcquisitionMethod(),
                entry.getNoticeConsent(),
                entry.getPurposes().stream().sorted(Comparator.comparing(Purpose::getId))
                        .map(p -> new PurposeRef(p.getId(), p.getTextJa(), p.getTextEn(), p.getCategory())).toList(),
                entry.getStoragePlace(), entry.getStorageMethod(),
                entry.getAccessDepartments().stream().map(Department::getId).sorted().toList(),
                Set.copyOf(entry.getAccessRoles()),
                entry.getConsigneeLinks().stream().map(link -> new ConsigneeRef(link.getConsignee().getId(),
                        link.getConsignee().getName(), link.getConsignee().getStatus(), link.getOverrideReason(),
                        link.getOverrideBy(), link.getOverrideAt())).toList(),
                provision.isProvided(), provision.getRecipient(), provision.getBasis(), provision.isAbroad(),
                provision.getCountry(), entry.isJointUse(), entry.getJointUseDescription(), entry.getRetentionPeriod(),
                entry.getDisposalMethod(), entry.isRetainedPersonalData(), entry.getLeakImpact(), entry.getStatus(),
                entry.getLastReviewedOn(), entry.getNextReviewDate(), entry.isUnacceptedHighRisk());
    }
}
