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

    boolean existsByChecklistItem(ChecklistItem item);
}
