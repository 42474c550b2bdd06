package jp.mamori.training;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<TrainingAssignment, Long>,
        JpaSpecificationExecutor<TrainingAssignment> {

    @Override
    @EntityGraph(attributePaths = {"course", "user", "user.department"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<TrainingAssignment> findAll(Specification<TrainingAssignment> specification, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"course", "user", "user.department"}, type = EntityGraph.EntityGraphType.LOAD)
    List<TrainingAssignment> findAll(Specification<TrainingAssignment> specification);

    @Query("""
            select a from TrainingAssignment a join fetch a.course join fetch a.user u left join fetch u.department
            where a.id = :id""")
    Optional<TrainingAssignment> findDetailed(long id);

    /** Serialises the submissions and the attestation of one assignment; the course is read, not locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from TrainingAssignment a join fetch a.course where a.id = :id")
    Optional<TrainingAssignment> lockWithCourse(long id);

    @Query("select a from TrainingAssignment a join fetch a.course where a.id = :id")
    Optional<TrainingAssignment> findWithCourse(long id);

    @EntityGraph(attributePaths = {"course"}, type = EntityGraph.EntityGraphType.LOAD)
    List<TrainingAssignment> findByUserIdOrderByDueOnAsc(long userId);

    @Query("select a.user.id from TrainingAssignment a where a.course.id = :courseId and a.cycle = :cycle")
    List<Long> findAssignedUserIds(long courseId, String cycle);

    @Query("""
            select a from TrainingAssignment a join fetch a.course join fetch a.user u left join fetch u.department
            where a.status in :statuses and a.dueOn <= :horizon""")
    Stream<TrainingAssignment> streamOpenDueBy(Collection<AssignmentStatus> statuses, LocalDate horizon);

    @Query("""
            select a from TrainingAssignment a join fetch a.course join fetch a.user u left join fetch u.department
            where a.status = jp.mamori.training.AssignmentStatus.FAILED""")
    Stream<TrainingAssignment> streamFailed();

    @Query("select distinct a.cycle from TrainingAssignment a order by a.cycle desc")
    List<String> findCycles();
}
