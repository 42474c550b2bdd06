package jp.mamori.reminder;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadTimeRepository extends JpaRepository<LeadTime, Long> {

    List<LeadTime> findAllByOrderByKindAsc();

    Optional<LeadTime> findByKind(String kind);
}
