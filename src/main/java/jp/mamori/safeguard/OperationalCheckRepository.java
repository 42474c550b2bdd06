package jp.mamori.safeguard;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OperationalCheckRepository extends JpaRepository<OperationalCheck, Long> {

    @EntityGraph(attributePaths = {"department", "checker"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select c from OperationalCheck c order by c.asOf desc, c.id desc")
    List<OperationalCheck> findAllNewestFirst();

    /** Checks a worker takes part in: as checker or as owner of one of its items. */
    @EntityGraph(attributePaths = {"department", "checker"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select c from OperationalCheck c where c.checker.id = ?1 or exists (select a from CheckAnswer a "
            + "where a.check = c and a.item.owner.id = ?1) order by c.asOf desc, c.id desc")
    List<OperationalCheck> findInvolving(long userId);
}
