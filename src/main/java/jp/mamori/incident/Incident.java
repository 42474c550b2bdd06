package jp.mamori.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A breach (漏えい等事案): what happened, when the organisation learned of it, what and whom it
 * concerns, the four reportability questions and the encryption exemption, the report dates,
 * and the nine items of the report to the PPC. {@code reportable} and the three deadlines are
 * Mamori's assessment, stored by the service on every save so that the register can be
 * filtered and reminded on.
 */
@Entity
@Table(name = "incident")
@Audited
public class Incident extends VersionedEntity implements HistoryLabel {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.maxLength}")
    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "text")
    private String summary;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @NotNull(message = "{validation.required}")
    @Column(name = "learned_on", nullable = false)
    private LocalDate learnedOn;

    @Column(name = "data_items", columnDefinition = "text")
    private String dataItems;

    @Min(value = 0, message = "{incident.validation.persons}")
    @Column(name = "affected_persons", nullable = false)
    private int affectedPersons;

    @Column(columnDefinition = "text")
    private String cause;

    @Column(name = "special_care", nullable = false)
    private boolean specialCare;

    @Column(name = "financial_harm_risk", nullable = false)
    private boolean financialHarmRisk;

    @Column(name = "improper_purpose", nullable = false)
    private boolean improperPurpose;

    @Column(name = "strong_encryption", nullable = false)
    private boolean strongEncryption;

    @Column(nullable = false)
    private boolean reportable;

    @Column(name = "preliminary_report_target")
    private LocalDate preliminaryReportTarget;

    @Column(name = "preliminary_report_due")
    private LocalDate preliminaryReportDue;

    @Column(name = "final_report_due")
    private LocalDate finalReportDue;

    @Column(name = "preliminary_reported_on")
    private LocalDate preliminaryReportedOn;

    @Column(name = "final_reported_on")
    private LocalDate finalReportedOn;

    @Column(name = "persons_notified_on")
    private LocalDate personsNotifiedOn;

    @Column(name = "secondary_harm", columnDefinition = "text")
    private String secondaryHarm;

    @Column(name = "persons_response", columnDefinition = "text")
    private String personsResponse;

    @Column(columnDefinition = "text")
    private String publication;

    @Column(columnDefinition = "text")
    private String prevention;

    @Column(name = "other_matters", columnDefinition = "text")
    private String otherMatters;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    private UserAccount handler;

    @Column(name = "corrective_action_id")
    private Long correctiveActionId;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "incident_ledger_entry", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "ledger_entry_id", nullable = false)
    private Set<Long> ledgerEntryIds = new TreeSet<>();

    public BreachCriteria criteria() {
        return new BreachCriteria(learnedOn, specialCare, financialHarmRisk, improperPurpose, affectedPersons,
                strongEncryption);
    }

    void apply(BreachAssessment assessment) {
        reportable = assessment.reportable();
        preliminaryReportTarget = assessment.preliminaryReportTarget();
        preliminaryReportDue = assessment.preliminaryReportDue();
        finalReportDue = assessment.finalReportDue();
    }

    public IncidentStatus getStatus() {
        if (!reportable) {
            return IncidentStatus.NOT_REPORTABLE;
        }
        if (preliminaryReportedOn == null) {
            return IncidentStatus.AWAITING_PRELIMINARY_REPORT;
        }
        return finalReportedOn == null ? IncidentStatus.AWAITING_FINAL_REPORT : IncidentStatus.REPORTED;
    }

    /** A report deadline has passed without the report. */
    public boolean isOverdue(LocalDate today) {
        return preliminaryReportedOn == null && preliminaryReportDue != null && preliminaryReportDue.isBefore(today)
                || finalReportedOn == null && finalReportDue != null && finalReportDue.isBefore(today);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = optional(summary);
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public LocalDate getLearnedOn() {
        return learnedOn;
    }

    public void setLearnedOn(LocalDate learnedOn) {
        this.learnedOn = learnedOn;
    }

    public String getDataItems() {
        return dataItems;
    }

    public void setDataItems(String dataItems) {
        this.dataItems = optional(dataItems);
    }

    public int getAffectedPersons() {
        return affectedPersons;
    }

    public void setAffectedPersons(int affectedPersons) {
        this.affectedPersons = affectedPersons;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = optional(cause);
    }

    public boolean isSpecialCare() {
        return specialCare;
    }

    public void setSpecialCare(boolean specialCare) {
        this.specialCare = specialCare;
    }

    public boolean isFinancialHarmRisk() {
        return financialHarmRisk;
    }

    public void setFinancialHarmRisk(boolean financialHarmRisk) {
        this.financialHarmRisk = financialHarmRisk;
    }

    public boolean isImproperPurpose() {
        return improperPurpose;
    }

    public void setImproperPurpose(boolean improperPurpose) {
        this.improperPurpose = improperPurpose;
    }

    public boolean isStrongEncryption() {
        return strongEncryption;
    }

    public void setStrongEncryption(boolean strongEncryption) {
        this.strongEncryption = strongEncryption;
    }

    public boolean isReportable() {
        return reportable;
    }

    public LocalDate getPreliminaryReportTarget() {
        return preliminaryReportTarget;
    }

    public LocalDate getPreliminaryReportDue() {
        return preliminaryReportDue;
    }

    public LocalDate getFinalReportDue() {
        return finalReportDue;
    }

    public LocalDate getPreliminaryReportedOn() {
        return preliminaryReportedOn;
    }

    public void setPreliminaryReportedOn(LocalDate preliminaryReportedOn) {
        this.preliminaryReportedOn = preliminaryReportedOn;
    }

    public LocalDate getFinalReportedOn() {
        return finalReportedOn;
    }

    public void setFinalReportedOn(LocalDate finalReportedOn) {
        this.finalReportedOn = finalReportedOn;
    }

    public LocalDate getPersonsNotifiedOn() {
        return personsNotifiedOn;
    }

    public void setPersonsNotifiedOn(LocalDate personsNotifiedOn) {
        this.personsNotifiedOn = personsNotifiedOn;
    }

    public String getSecondaryHarm() {
        return secondaryHarm;
    }

    public void setSecondaryHarm(String secondaryHarm) {
        this.secondaryHarm = optional(secondaryHarm);
    }

    public String getPersonsResponse() {
        return personsResponse;
    }

    public void setPersonsResponse(String personsResponse) {
        this.personsResponse = optional(personsResponse);
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = optional(publication);
    }

    public String getPrevention() {
        return prevention;
    }

    public void setPrevention(String prevention) {
        this.prevention = optional(prevention);
    }

    public String getOtherMatters() {
        return otherMatters;
    }

    public void setOtherMatters(String otherMatters) {
        this.otherMatters = optional(otherMatters);
    }

    public UserAccount getHandler() {
        return handler;
    }

    public void setHandler(UserAccount handler) {
        this.handler = handler;
    }

    public Long getCorrectiveActionId() {
        return correctiveActionId;
    }

    public void setCorrectiveActionId(Long correctiveActionId) {
        this.correctiveActionId = correctiveActionId;
    }

    /** The ledger entries (個人情報管理台帳) involved, in id order. */
    public List<Long> getLedgerEntryIds() {
        return List.copyOf(ledgerEntryIds);
    }

    public void setLedgerEntryIds(Collection<Long> ids) {
        ledgerEntryIds.clear();
        if (ids != null) {
            ledgerEntryIds.addAll(ids);
        }
    }

    @Override
    public String historyLabel() {
        return title;
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
