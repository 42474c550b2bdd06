package jp.mamori.consignee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<ConsigneeDocument, Long> {

    List<ConsigneeDocument> findByConsigneeIdOrderByKindAscSignedOnDescIdDesc(long consigneeId);

    /**
     * The contracts and NDAs ending by the horizon that are the latest of their kind for a
     * consignee still relied on: a renewed contract (a later one of the same kind) is done.
     */
    @Query("select d from ConsigneeDocument d join fetch d.consignee k where k.active = true and k.status not in :closed"
            + " and d.kind in :termed and d.endsOn <= :horizon and d.endsOn = (select max(o.endsOn)"
            + " from ConsigneeDocument o where o.consignee = d.consignee and o.kind = d.kind) order by d.endsOn, d.id")
    List<ConsigneeDocument> findEndingBy(LocalDate horizon, Collection<ConsigneeStatus> closed,
                                         Collection<DocumentKind> termed);
}
