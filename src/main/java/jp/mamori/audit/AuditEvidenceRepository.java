package jp.mamori.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvidenceRepository extends JpaRepository<AuditEvidence, Long> {

    List<AuditEvidence> findByChecklistItemIdOrderByUploadedAtAscIdAsc(long checklistItemId);

    boolean existsByChecklistItemId(long checklistItemId);

    List<AuditEvidence> findByChecklistItemIdInOrderByUploadedAtAscIdAsc(Collection<Long> checklistItemIds);
}
