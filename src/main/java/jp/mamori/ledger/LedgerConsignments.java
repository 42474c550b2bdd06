package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.consignee.ConsignedInformation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the consignee register which ledger entries each consignee receives. */
@Component
class LedgerConsignments implements ConsignedInformation {

    private final EntityManager entityManager;

    LedgerConsignments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsignedEntry> entriesReceivedBy(long consigneeId) {
        return entityManager.createQuery("select e.id, e.reference, e.name, e.specialCare, e.myNumber, e.status,"
                        + " l.overrideBy from LedgerEntry e join e.consigneeLinks l where l.consignee.id = :consignee"
                        + " and e.status <> jp.mamori.ledger.LedgerStatus.RETIRED order by e.reference, e.id",
                        Object[].class)
                .setParameter("consignee", consigneeId)
                .getResultStream()
                .map(row -> new ConsignedEntry((Long) row[0], (String) row[1], (String) row[2], (Boolean) row[3],
                        (Boolean) row[4], ((LedgerStatus) row[5]).labelKey(), row[6] != null))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> consigneesReceivingSpecialCare() {
        return new HashSet<>(entityManager.createQuery("select distinct l.consignee.id from LedgerEntry e"
                        + " join e.consigneeLinks l where e.specialCare = true"
                        + " and e.status <> jp.mamori.ledger.LedgerStatus.RETIRED", Long.class)
                .getResultList());
    }
}
