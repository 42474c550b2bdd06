package jp.mamori.consignee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A certification a consignee holds. Its expiry is an obligation: renewing it means entering
 * the new expiry on the same record, whose history keeps the old one.
 */
@Entity
@Table(name = "consignee_certification")
@Audited
public class Certification extends VersionedEntity implements HistoryLabel {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consignee_id", nullable = false, updatable = false)
    private Consignee consignee;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificationKind kind;

    @Size(max = 100, message = "{validation.maxLength}")
    @Column(length = 100)
    private String number;

    @NotNull(message = "{validation.required}")
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected Certification() {
    }

    public Certification(Consignee consignee) {
        this.consignee = consignee;
    }

    public Consignee getConsignee() {
        return consignee;
    }

    public CertificationKind getKind() {
        return kind;
    }

    public void setKind(CertificationKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.strip();
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public boolean isLapsed(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    @Override
    public String historyLabel() {
        return kind + (number == null ? "" : " " + number);
    }
}
