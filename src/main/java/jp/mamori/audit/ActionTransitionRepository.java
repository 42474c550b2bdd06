package jp.mamori.audit;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionTransitionRepository extends JpaRepository<ActionTransition, Long> {

    @EntityGraph(attributePaths = {"actor", "owner"}, type = EntityGraph.EntityGraphType.LOAD)
    List<ActionTransition> findByActionOrderByActedAtAscIdAsc(CorrectiveAction action);
}
