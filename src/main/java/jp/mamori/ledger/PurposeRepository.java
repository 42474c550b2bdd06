package jp.mamori.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurposeRepository extends JpaRepository<Purpose, Long> {

    List<Purpose> findAllByOrderByCategoryAscIdAsc();

    Optional<Purpose> findByTextJa(String textJa);
}
