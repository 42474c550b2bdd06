package jp.mamori.consignee;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ConsigneeRepository extends JpaRepository<Consignee, Long>, JpaSpecificationExecutor<Consignee> {

    Optional<Consignee> findByCorporateNumber(String corporateNumber);

    List<Consignee> findAllByOrderByNameAscIdAsc();
}
