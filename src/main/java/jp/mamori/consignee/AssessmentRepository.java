package jp.mamori.consignee;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByConsigneeIdOrderByAssessedOnDescIdDesc(long consigneeId);

    boolean existsByConsigneeIdAndKindAndAssessedOnAfter(long consigneeId, TemplateKind kind, LocalDate date);

    @Query("select a from Assessment a join fetch a.consignee left join fetch a.answers where a.id = :id")
    Optional<Assessment> findWithAnswers(long id);

    @Query("select a from Assessment a join fetch a.consignee left join fetch a.answers"
            + " where a.assessedOn between :from and :to order by a.assessedOn, a.id")
    List<Assessment> findInPeriodWithAnswers(LocalDate from, LocalDate to);

    @Query("select a from Assessment a join fetch a.consignee where a.assessedOn between :from and :to"
            + " order by a.assessedOn, a.id")
    List<Assessment> findInPeriod(LocalDate from, LocalDate to);
}
