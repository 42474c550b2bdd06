package jp.mamori.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvidenceContentRepository extends JpaRepository<AuditEvidenceContent, Long> {
}
