package jp.mamori.request;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SubjectRequestRepository extends JpaRepository<SubjectRequest, Long>, JpaSpecificationExecutor<SubjectRequest> {

    @Override
    @EntityGraph(attributePaths = {"handler"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<SubjectRequest> findAll(Specification<SubjectRequest> specification, Pageable pageable);

    List<SubjectRequest> findByRespondedOnIsNullAndResponseDueLessThanEqual(LocalDate horizon);

    List<SubjectRequest> findByDestroyedOnIsNullAndDestructionDueLessThanEqual(LocalDate horizon);

    @EntityGraph(attributePaths = {"handler", "identityVerifiedBy", "ledgerEntryIds"}, type = EntityGraph.EntityGraphType.LOAD)
    List<SubjectRequest> findAllByOrderByReceivedOnAscIdAsc();
}
