package jp.mamori.ledger;

import java.time.LocalDate;
import java.util.List;

/** A ledger entry as the list shows it, read in one query with its department and owner names. */
public record LedgerRow(Long id, Long version, String reference, String name, Long departmentId,
                        String departmentName, Long ownerId, String ownerName, String dataItems,
                        String dataSubjects, Integer approximateCount, Medium medium, Boolean specialCare,
                        Boolean myNumber, Boolean retainedPersonalData, LedgerStatus status,
                        LocalDate lastReviewedOn, LocalDate nextReviewDate, Boolean unacceptedHighRisk,
                        List<String> purposes) {

    /** The shape the list query selects; purposes are added from a second query for the whole page. */
    public LedgerRow(Long id, Long version, String reference, String name, Long departmentId, String departmentName,
                     Long ownerId, String ownerName, String dataItems, String dataSubjects, Integer approximateCount,
                     Medium medium, Boolean specialCare, Boolean myNumber, Boolean retainedPersonalData,
                     LedgerStatus status, LocalDate lastReviewedOn, LocalDate nextReviewDate,
                     Boolean unacceptedHighRisk) {
        this(id, version, reference, name, departmentId, departmentName, ownerId, ownerName, dataItems, dataSubjects,
                approximateCount, medium, specialCare, myNumber, retainedPersonalData, status, lastReviewedOn,
                nextReviewDate, unacceptedHighRisk, List.of());
    }

    LedgerRow withPurposes(List<String> texts) {
        return new LedgerRow(id, version, reference, name, departmentId, departmentName, ownerId, ownerName, dataItems,
                dataSubjects, approximateCount, medium, specialCare, myNumber, retainedPersonalData, status,
                lastReviewedOn, nextReviewDate, unacceptedHighRisk, List.copyOf(texts));
    }

    /** Whether its review is overdue on the given day (only entries in force are reviewed). */
    public boolean reviewOverdueOn(LocalDate today) {
        return status == LedgerStatus.ACTIVE && nextReviewDate != null && nextReviewDate.isBefore(today);
    }
}
