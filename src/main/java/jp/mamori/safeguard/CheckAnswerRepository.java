package jp.mamori.safeguard;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckAnswerRepository extends JpaRepository<CheckAnswer, Long> {

    @EntityGraph(attributePaths = {"item", "item.heading", "item.heading.framework", "item.owner", "department", "answeredBy"},
            type = EntityGraph.EntityGraphType.LOAD)
    @Query("select a from CheckAnswer a where a.check.id = ?1 order by a.item.heading.sortOrder, a.item.sortOrder, a.item.code")
    List<CheckAnswer> findByCheck(long checkId);

    /** The pairs (item, department, period start) already asked somewhere, from a day on. */
    @Query("select a.item.id, a.department.id, a.periodStart, a.result from CheckAnswer a where a.periodEnd >= ?1")
    List<Object[]> findKeysEndingFrom(LocalDate from);

    /** Unanswered items a worker must answer, as checker of the check or owner of the item. */
    @EntityGraph(attributePaths = {"item", "item.heading", "item.heading.framework", "item.owner", "department", "check",
            "check.checker", "answeredBy"},
            type = EntityGraph.EntityGraphType.LOAD)
    @Query("select a from CheckAnswer a where a.result is null and (a.check.checker.id = ?1 or a.item.owner.id = ?1) "
            + "order by a.periodEnd, a.item.heading.sortOrder, a.item.sortOrder")
    List<CheckAnswer> findPendingFor(long userId);

    /** Every answered row of a framework, newest period first, for readiness and reports. */
    @EntityGraph(attributePaths = {"item", "item.heading", "department", "answeredBy"},
            type = EntityGraph.EntityGraphType.LOAD)
    @Query("select a from CheckAnswer a where a.item.heading.framework.id = ?1 and a.result is not null "
            + "order by a.periodStart desc, a.answeredAt desc")
    List<CheckAnswer> findAnsweredInFramework(long frameworkId);
}
