package jp.mamori.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyDocumentRepository extends JpaRepository<PolicyDocument, Long> {

    List<PolicyDocument> findAllByOrderByKindAscIdAsc();

}
