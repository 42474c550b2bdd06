package jp.mamori.consignee;

import java.util.List;
import java.util.Set;

/**
 * What the ledger entrusts to consignees, asked from here without depending on the ledger:
 * the ledger implements it as a bean (dependency inversion keeps the modules acyclic).
 */
public interface ConsignedInformation {

    /**
     * A ledger entry a consignee receives.
     *
     * @param statusLabelKey the i18n key of the entry's status
     * @param override       whether the link was made by an override of the consignee's status
     */
    record ConsignedEntry(long id, String reference, String name, boolean specialCare, boolean myNumber,
                          String statusLabelKey, boolean override) {
    }

    /** The entries (not retired) linked to the consignee, by reference. */
    List<ConsignedEntry> entriesReceivedBy(long consigneeId);

    /** The consignees that receive special-care personal information in an entry not retired. */
    Set<Long> consigneesReceivingSpecialCare();
}
