package jp.mamori.request;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestProcedureRepository extends JpaRepository<RequestProcedureSettings, Long> {

    Optional<RequestProcedureSettings> findFirstByOrderByIdAsc();
}
