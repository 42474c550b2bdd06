package jp.mamori.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import jp.mamori.consignee.Consignee;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.BulkVersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A consignee that receives the entry's information. Linking a consignee that may not receive
 * new work (suspended, not yet approved...) is an override: who decided it, when and why stay
 * on the link.
 */
@Entity
@Table(name = "ledger_consignee_link")
@Audited
public class ConsigneeLink extends BulkVersionedEntity implements HistoryLabel {

    public static final int MAX_REASON = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private LedgerEntry entry;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consignee_id", nullable = false)
    private Consignee consignee;

    @Size(max = MAX_REASON, message = "{validation.maxLength}")
    @Column(name = "override_reason", length = MAX_REASON)
    private String overrideReason;

    @Column(name = "override_by", length = 64)
    private String overrideBy;

    @Column(name = "override_at")
    private Instant overrideAt;

    protected ConsigneeLink() {
    }

    public ConsigneeLink(Consignee consignee, String overrideReason) {
        this.consignee = consignee;
        this.overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
    }

    void attachTo(LedgerEntry entry) {
        this.entry = entry;
    }

    public Consignee getConsignee() {
        return consignee;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public Instant getOverrideAt() {
        return overrideAt;
    }

    public boolean isOverride() {
        return overrideBy != null;
    }

    /** Records who overrode the consignee's status, and when; the reason came with the link. */
    void recordOverride(String username, Instant at) {
        this.overrideBy = username;
        this.overrideAt = at;
    }

    void clearOverride() {
        this.overrideReason = null;
        this.overrideBy = null;
        this.overrideAt = null;
    }

    @Override
    public String historyLabel() {
        String name = consignee == null ? "" : consignee.getName();
        return overrideBy == null ? name : name + " (override: " + overrideBy + " / " + overrideReason + ")";
    }
}
