package jp.mamori.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * The notice settings (one row). Every save of the settings form touches it, so its version
 * guards the wordings too: two people editing the form at once cannot both win.
 */
@Entity
@Table(name = "notice_settings")
@Audited
public class NoticeSettings extends VersionedEntity implements HistoryLabel {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccreditedOrganisation accredited = AccreditedOrganisation.NONE;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    public AccreditedOrganisation getAccredited() {
        return accredited;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void change(AccreditedOrganisation accredited, String by, Instant at) {
        this.accredited = accredited;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public String historyLabel() {
        return "notice";
    }
}
