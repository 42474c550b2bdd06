package jp.mamori.consignee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/** A consignee (委託先): a company that handles personal information on the organisation's behalf. */
@Entity
@Table(name = "consignee")
@Audited
public class Consignee extends VersionedEntity implements HistoryLabel {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.maxLength}")
    @Column(nullable = false, length = 200)
    private String name;

    @ValidCorporateNumber
    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    @Size(max = 500, message = "{validation.maxLength}")
    @Column(length = 500)
    private String address;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsigneeStatus status = ConsigneeStatus.CANDIDATE;

    @Column(nullable = false)
    private boolean active = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    /** Stored as 13 plain digits, however it was typed ({@link CorporateNumber#normalise}). */
    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = CorporateNumber.normalise(corporateNumber);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null || address.isBlank() ? null : address.strip();
    }

    public ConsigneeStatus getStatus() {
        return status;
    }

    public void setStatus(ConsigneeStatus status) {
        this.status = status;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Whether personal information may be entrusted to it now without an override. */
    public boolean acceptsNewConsignment() {
        return active && status != null && status.allowsNewConsignment();
    }

    @Override
    public String historyLabel() {
        return name;
    }
}
