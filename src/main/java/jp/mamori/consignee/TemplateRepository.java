package jp.mamori.consignee;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<AssessmentTemplate, Long> {

    List<AssessmentTemplate> findAllByOrderByKindAscNameAscIdAsc();

    List<AssessmentTemplate> findByActiveTrueOrderByKindAscNameAscIdAsc();

    Optional<AssessmentTemplate> findFirstByActiveTrueAndKindOrderByIdAsc(TemplateKind kind);
}
