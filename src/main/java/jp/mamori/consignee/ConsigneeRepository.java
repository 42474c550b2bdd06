package jp.mamori.consignee;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface ConsigneeRepository extends JpaRepository<Consignee, Long>, JpaSpecificationExecutor<Consignee> {

    Optional<Consignee> findByCorporateNumber(String corporateNumber);

    List<Consignee> findAllByOrderByNameAscIdAsc();

    /** With each parent in the same query: the register's export names it on every row. */
    @Override
    @EntityGraph(attributePaths = "parent")
    List<Consignee> findAll(Specification<Consignee> spec, Sort sort);

    @Query("select c from Consignee c left join fetch c.parent where c.id = :id")
    Optional<Consignee> findWithParent(long id);

    List<Consignee> findByParentIdOrderByNameAscIdAsc(long parentId);

    /**
     * The status as last saved. Pending changes to the consignee are not flushed first, so
     * that a status just set on it can be compared with the one it replaces.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select c.status from Consignee c where c.id = :id")
    Optional<ConsigneeStatus> findSavedStatus(long id);

    /** Consignees under supervision whose re-evaluation is due by the horizon. */
    @Query("select c from Consignee c where c.active = true and c.status in :supervised"
            + " and c.nextEvaluationDue <= :horizon order by c.nextEvaluationDue, c.id")
    List<Consignee> findEvaluationsDueBy(LocalDate horizon, Collection<ConsigneeStatus> supervised);

    long countByActiveTrueAndStatus(ConsigneeStatus status);
}
