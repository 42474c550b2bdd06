package jp.mamori.audit;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<Finding, Long> {

    @EntityGraph(attributePaths = {"department", "recordedBy", "checklistItem"}, type = EntityGraph.EntityGraphType.LOAD)
    List<Finding> findByAuditOrderByIdAsc(Audit audit);

    @EntityGraph(attributePaths = {"department", "audit"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select f from Finding f where f.audit.fiscalYear = ?1 order by f.id desc")
    List<Finding> findByFiscalYear(int fiscalYear);

    /** The findings not closed yet of the audits an auditor leads or is on the team of, for their tasks. */
    @EntityGraph(attributePaths = "department", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select distinct f from Finding f join f.audit a left join a.auditors x"
            + " where f.status <> jp.mamori.audit.FindingStatus.CLOSED and (a.leadAuditor.id = ?1 or x.id = ?1)")
    List<Finding> findOpenOfAuditor(long auditorId);

    boolean existsByChecklistItem(ChecklistItem item);
}
