package jp.mamori.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface AcknowledgementRepository extends JpaRepository<Acknowledgement, Long> {

    boolean existsByVersionIdAndUserId(long versionId, long userId);
}
