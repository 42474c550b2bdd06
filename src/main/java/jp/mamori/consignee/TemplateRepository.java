package jp.mamori.consignee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<AssessmentTemplate, Long> {

    List<AssessmentTemplate> findAllByOrderByKindAscNameAscIdAsc();

    List<AssessmentTemplate> findByActiveTrueOrderByKindAscNameAscIdAsc();
}
