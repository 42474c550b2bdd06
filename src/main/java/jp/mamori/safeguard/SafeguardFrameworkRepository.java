package jp.mamori.safeguard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafeguardFrameworkRepository extends JpaRepository<SafeguardFramework, Long> {

    Optional<SafeguardFramework> findByCode(String code);

    /** In the order the catalogue lists them (the JAPHIC safeguards first). */
    List<SafeguardFramework> findAllByOrderByIdAsc();
}
