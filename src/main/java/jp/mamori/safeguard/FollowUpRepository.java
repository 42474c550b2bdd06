package jp.mamori.safeguard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    Optional<FollowUp> findByAnswer(CheckAnswer answer);

    @EntityGraph(attributePaths = {"answer", "answer.item", "answer.department", "owner"},
            type = EntityGraph.EntityGraphType.LOAD)
    @Query("select f from FollowUp f where f.status = jp.mamori.safeguard.FollowUpStatus.OPEN order by f.dueDate")
    List<FollowUp> findOpen();

    @EntityGraph(attributePaths = {"answer", "answer.item", "answer.department", "owner"},
            type = EntityGraph.EntityGraphType.LOAD)
    @Query("select f from FollowUp f where f.status = jp.mamori.safeguard.FollowUpStatus.OPEN and f.owner.id = ?1 "
            + "order by f.dueDate")
    List<FollowUp> findOpenOwnedBy(long userId);
}
