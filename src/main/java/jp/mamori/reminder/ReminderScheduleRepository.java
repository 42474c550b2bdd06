package jp.mamori.reminder;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderScheduleRepository extends JpaRepository<ReminderSchedule, Long> {

    Optional<ReminderSchedule> findFirstByOrderByIdAsc();
}
