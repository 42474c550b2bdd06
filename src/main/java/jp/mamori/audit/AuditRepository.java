package jp.mamori.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<Audit, Long> {

    @EntityGraph(attributePaths = {"leadAuditor", "leadAuditor.department"}, type = EntityGraph.EntityGraphType.LOAD)
    List<Audit> findByFiscalYearOrderByPlannedDateAscIdAsc(int fiscalYear);

    @EntityGraph(attributePaths = {"leadAuditor"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select a from Audit a where a.status in (jp.mamori.audit.AuditStatus.PLANNED, "
            + "jp.mamori.audit.AuditStatus.IN_PROGRESS) and a.plannedDate <= ?1 order by a.plannedDate")
    List<Audit> findUnreportedPlannedBy(LocalDate horizon);

    /** Audits conducted, or planned, within a period, for the management review. */
    @Query("select a from Audit a where a.status <> jp.mamori.audit.AuditStatus.CANCELLED "
            + "and coalesce(a.conductedOn, a.plannedDate) between ?1 and ?2 order by coalesce(a.conductedOn, a.plannedDate)")
    List<Audit> findInPeriod(LocalDate from, LocalDate to);

    @Query("select distinct a.fiscalYear from Audit a order by a.fiscalYear")
    List<Integer> findFiscalYears();
}
