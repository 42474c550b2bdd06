package jp.mamori.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findAllByOrderByTitleAsc();

    @EntityGraph(attributePaths = {"questions"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select c from Course c where c.id = :id")
    Optional<Course> findWithContent(long id);

    @Query("select distinct a.course from TrainingAssignment a where a.user.id = :userId order by a.course.title")
    List<Course> findAssignedTo(long userId);
}
