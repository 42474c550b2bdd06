package jp.mamori.consignee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificationRepository extends JpaRepository<Certification, Long> {

    List<Certification> findByConsigneeIdOrderByKindAscExpiresOnAsc(long consigneeId);

    /** Those of many consignees in one query, each consignee's in the order of the one above. */
    List<Certification> findByConsigneeIdInOrderByKindAscExpiresOnAsc(Collection<Long> consigneeIds);

    /** Certifications of consignees still relied on, expiring by the horizon. */
    @Query("select c from Certification c join fetch c.consignee k where k.active = true and k.status not in :closed"
            + " and c.expiresOn <= :horizon order by c.expiresOn, c.id")
    List<Certification> findExpiringBy(LocalDate horizon, Collection<ConsigneeStatus> closed);
}
