package jp.mamori.notice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeSettingsRepository extends JpaRepository<NoticeSettings, Long> {

    Optional<NoticeSettings> findFirstByOrderByIdAsc();
}
