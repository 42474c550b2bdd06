package jp.mamori.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialFileRepository extends JpaRepository<MaterialFile, Long> {

    List<MaterialFile> findByCourseIdOrderByFileNameAsc(long courseId);
}
