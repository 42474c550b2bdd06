package jp.mamori.complaint;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    @Override
    @EntityGraph(attributePaths = {"handler"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<Complaint> findAll(Specification<Complaint> specification, Pageable pageable);

    @EntityGraph(attributePaths = {"handler"}, type = EntityGraph.EntityGraphType.LOAD)
    List<Complaint> findAllByOrderByReceivedOnAscIdAsc();
}
