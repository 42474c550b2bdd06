package jp.mamori.consignee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

    @Size(max = 500, message = "{validation.maxLength}")
    @Column(length = 500)
    private String contact;

    @Size(max = 2000, message = "{validation.maxLength}")
    @Column(length = 2000)
    private String services;

    /** The consignee that sub-consigns to this one (再委託元); null for a direct consignee. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Consignee parent;

    /** When the next evaluation is due; set by each selection assessment that approves. */
    @Column(name = "next_evaluation_due")
    private LocalDate nextEvaluationDue;

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
        this.address = blankToNull(address);
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = blankToNull(contact);
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = blankToNull(services);
    }

    public Consignee getParent() {
        return parent;
    }

    public void setParent(Consignee parent) {
        this.parent = parent;
    }

    public LocalDate getNextEvaluationDue() {
        return nextEvaluationDue;
    }

    void setNextEvaluationDue(LocalDate nextEvaluationDue) {
        this.nextEvaluationDue = nextEvaluationDue;
    }

    /** Under supervision (approved, with or without conditions) and past its re-evaluation date. */
    public boolean isEvaluationOverdue(LocalDate today) {
        return active && status != null && status.allowsNewConsignment() && nextEvaluationDue != null
                && nextEvaluationDue.isBefore(today);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
