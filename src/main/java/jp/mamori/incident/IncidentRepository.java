package jp.mamori.incident;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface IncidentRepository extends JpaRepository<Incident, Long>, JpaSpecificationExecutor<Incident> {

    @Override
    @EntityGraph(attributePaths = {"handler"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<Incident> findAll(Specification<Incident> specification, Pageable pageable);

    List<Incident> findByReportableTrueAndPreliminaryReportedOnIsNullAndPreliminaryReportDueLessThanEqual(LocalDate horizon);

    List<Incident> findByReportableTrueAndFinalReportedOnIsNullAndFinalReportDueLessThanEqual(LocalDate horizon);

    @EntityGraph(attributePaths = {"handler", "ledgerEntryIds"}, type = EntityGraph.EntityGraphType.LOAD)
    List<Incident> findAllByOrderByLearnedOnAscIdAsc();
}
