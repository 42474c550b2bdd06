package jp.mamori.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    @Query("select e.department.id from LedgerEntry e where e.id = :id")
    Optional<Long> departmentIdOf(long id);

    @Query("select count(e) > 0 from LedgerEntry e where lower(e.reference) = lower(:reference)"
            + " and (:exceptId is null or e.id <> :exceptId)")
    boolean referenceTaken(String reference, Long exceptId);

    @Query("select e from LedgerEntry e where lower(e.reference) in :lowerReferences")
    List<LedgerEntry> findByLowerReferences(Collection<String> lowerReferences);

    @Query(value = "select nextval('ledger_entry_reference_seq') from generate_series(1, :count)", nativeQuery = true)
    List<Long> nextReferenceNumbers(int count);

    @Query("select lower(e.reference) from LedgerEntry e where lower(e.reference) in :lowerReferences")
    List<String> takenReferences(Collection<String> lowerReferences);

    @Query("select e from LedgerEntry e join fetch e.department left join fetch e.owner where e.id in :ids")
    List<LedgerEntry> findWithPeople(Collection<Long> ids);

    @Query("select e from LedgerEntry e left join fetch e.purposes where e.id in :ids")
    List<LedgerEntry> fetchPurposes(Collection<Long> ids);

    @Query("select e from LedgerEntry e left join fetch e.accessDepartments where e.id in :ids")
    List<LedgerEntry> fetchAccessDepartments(Collection<Long> ids);

    @Query("select e from LedgerEntry e left join fetch e.accessRoles where e.id in :ids")
    List<LedgerEntry> fetchAccessRoles(Collection<Long> ids);

    @Query("select e from LedgerEntry e left join fetch e.consigneeLinks l left join fetch l.consignee where e.id in :ids")
    List<LedgerEntry> fetchConsignees(Collection<Long> ids);

    /** The risks of these entries with the entry's id, reference and name, without loading the entries. */
    @Query("select new jp.mamori.ledger.LedgerChunks$EntryRisk(e.id, e.reference, e.name, r) from LedgerEntry e"
            + " join e.risks r where e.id in :ids")
    List<LedgerChunks.EntryRisk> findRisks(Collection<Long> ids);

    /** Entries in force whose review is due by the horizon, as the reminder engine needs them. */
    @Query("select new jp.mamori.ledger.LedgerReviewObligations$Due(e.id, e.reference, e.name, e.owner.id,"
            + " e.department.id, e.nextReviewDate, e.specialCare, e.myNumber) from LedgerEntry e"
            + " where e.status = jp.mamori.ledger.LedgerStatus.ACTIVE and e.nextReviewDate <= :horizon"
            + " order by e.nextReviewDate, e.id")
    List<LedgerReviewObligations.Due> findReviewsDueBy(LocalDate horizon);
}
