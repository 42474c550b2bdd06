package jp.mamori.audit;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    @EntityGraph(attributePaths = {"answeredBy"}, type = EntityGraph.EntityGraphType.LOAD)
    List<ChecklistItem> findByAuditOrderBySortOrderAscIdAsc(Audit audit);

    @Query("select coalesce(max(c.sortOrder), 0) from ChecklistItem c where c.audit = ?1")
    int findHighestSortOrder(Audit audit);

    boolean existsByAuditAndSafeguardCode(Audit audit, String safeguardCode);
}
