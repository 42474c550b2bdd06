package jp.mamori.safeguard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafeguardHeadingRepository extends JpaRepository<SafeguardHeading, Long> {

    List<SafeguardHeading> findByFrameworkOrderBySortOrderAsc(SafeguardFramework framework);
}
