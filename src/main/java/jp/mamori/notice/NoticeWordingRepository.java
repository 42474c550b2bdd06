package jp.mamori.notice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeWordingRepository extends JpaRepository<NoticeWording, Long> {

    Optional<NoticeWording> findByCode(String code);
}
