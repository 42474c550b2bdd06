package jp.mamori.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyApprovalRepository extends JpaRepository<PolicyApproval, Long> {

    List<PolicyApproval> findByVersionIdOrderByDecidedAtAscIdAsc(long versionId);
}
