package jp.mamori.training;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRuleRepository extends JpaRepository<AssignmentRule, Long> {

    @EntityGraph(attributePaths = {"department"}, type = EntityGraph.EntityGraphType.LOAD)
    List<AssignmentRule> findByCourseIdOrderByIdAsc(long courseId);

    @EntityGraph(attributePaths = {"course", "department"}, type = EntityGraph.EntityGraphType.LOAD)
    List<AssignmentRule> findByCourseActiveTrue();
}
