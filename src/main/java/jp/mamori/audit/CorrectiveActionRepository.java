package jp.mamori.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long>,
        JpaSpecificationExecutor<CorrectiveAction> {

    @Override
    @EntityGraph(attributePaths = {"owner", "department", "finding"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<CorrectiveAction> findAll(Specification<CorrectiveAction> specification, Pageable pageable);

    Optional<CorrectiveAction> findByFinding(Finding finding);

    @EntityGraph(attributePaths = {"owner", "finding"}, type = EntityGraph.EntityGraphType.LOAD)
    List<CorrectiveAction> findByFindingIn(Collection<Finding> findings);

    @Query("select c from CorrectiveAction c where c.followUpId = ?1 and c.status <> jp.mamori.audit.CorrectiveActionStatus.CLOSED")
    Optional<CorrectiveAction> findRunningForFollowUp(long followUpId);

    /** Actions still owing something, with what obligations and reviews print. */
    @EntityGraph(attributePaths = {"owner", "department", "finding"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select c from CorrectiveAction c where c.status <> jp.mamori.audit.CorrectiveActionStatus.CLOSED order by c.dueDate")
    List<CorrectiveAction> findRunning();

    @EntityGraph(attributePaths = {"owner", "department", "finding"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select c from CorrectiveAction c where c.raisedAt < ?2 and (c.closedAt is null or c.closedAt >= ?1) "
            + "order by c.id")
    List<CorrectiveAction> findActiveBetween(Instant from, Instant to);
}
