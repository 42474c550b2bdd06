package jp.mamori.safeguard;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SafeguardEvidenceRepository extends JpaRepository<SafeguardEvidence, Long> {

    List<SafeguardEvidence> findByAnswerIdOrderByUploadedAtAsc(long answerId);

    @EntityGraph(attributePaths = {"answer", "answer.item", "answer.department"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query(value = "select e from SafeguardEvidence e where lower(e.fileName) like ?1 "
            + "or lower(e.answer.item.code) like ?1 or lower(e.answer.department.name) like ?1",
            countQuery = "select count(e) from SafeguardEvidence e where lower(e.fileName) like ?1 "
                    + "or lower(e.answer.item.code) like ?1 or lower(e.answer.department.name) like ?1")
    Page<SafeguardEvidence> search(String like, Pageable pageable);

    @EntityGraph(attributePaths = {"answer", "answer.item", "answer.department"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from SafeguardEvidence e where e.answer.item.heading.framework.id = ?1 order by e.uploadedAt")
    List<SafeguardEvidence> findInFramework(long frameworkId);
}
