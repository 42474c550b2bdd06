package jp.mamori.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ManagementReviewRepository extends JpaRepository<ManagementReview, Long> {

    @EntityGraph(attributePaths = {"decidedBy"}, type = EntityGraph.EntityGraphType.LOAD)
    List<ManagementReview> findAllByOrderByPeriodToDescIdDesc();

    /** The latest decided review ending before a day: its instructions are the next review's first input. */
    @Query("select r from ManagementReview r where r.status = jp.mamori.review.ReviewStatus.DECIDED "
            + "and r.periodTo < ?1 order by r.periodTo desc, r.id desc limit 1")
    Optional<ManagementReview> findLatestDecidedBefore(LocalDate day);
}
