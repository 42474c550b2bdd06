package jp.mamori.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttestationRepository extends JpaRepository<Attestation, Long> {

    Optional<Attestation> findByAssignmentId(long assignmentId);

    List<Attestation> findByAssignmentIdIn(Collection<Long> assignmentIds);
}
