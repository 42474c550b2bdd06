package jp.mamori.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

interface SweepRunRepository extends JpaRepository<SweepRun, Long> {
}
