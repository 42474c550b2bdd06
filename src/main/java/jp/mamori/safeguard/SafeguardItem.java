package jp.mamori.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A concrete check item an office can answer, shipped in the catalogue or added by the
 * organisation. The catalogue owns the texts of shipped items; the organisation owns whether
 * the item applies, to which departments, how often, who owns it, and the clause text.
 */
@Entity
@Table(name = "safeguard_item")
@Audited
public class SafeguardItem extends VersionedEntity implements HistoryLabel {

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "heading_id", nullable = false)
    private SafeguardHeading heading;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "section_ja", length = 300)
    private String sectionJa;

    @Column(name = "section_en", length = 300)
    private String sectionEn;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.maxLength}")
    @Column(name = "text_ja", nullable = false, length = 2000)
    private String textJa;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.maxLength}")
    @Column(name = "text_en", nullable = false, length = 2000)
    private String textEn;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "requirement", nullable = false, length = 16)
    private Requirement requirement = Requirement.DESIRABLE;

    @Size(max = 200, message = "{validation.maxLength}")
    @Column(name = "clause_ref", length = 200)
    private String clauseRef;

    @NotAudited
    @Column(name = "shipped_clause_ref", length = 200)
    private String shippedClauseRef;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CheckFrequency frequency = CheckFrequency.YEARLY;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "shipped_frequency", length = 16)
    private CheckFrequency shippedFrequency;

    @Column(nullable = false)
    private boolean custom;

    @Column(nullable = false)
    private boolean retired;

    @Column(nullable = false)
    private boolean enabled = true;

    @Size(max = 1000, message = "{validation.maxLength}")
    @Column(name = "disabled_reason", length = 1000)
    private String disabledReason;

    /** Empty means every active department. */
    @ManyToMany(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @JoinTable(name = "safeguard_item_department", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    /** Periods before this day are not owed: the item did not exist or did not apply yet. */
    @NotAudited
    @Column(name = "tracked_since", nullable = false)
    private LocalDate trackedSince;

    protected SafeguardItem() {
    }

    static SafeguardItem shipped(String code, LocalDate today) {
        SafeguardItem item = new SafeguardItem();
        item.code = code;
        item.trackedSince = today;
        return item;
    }

    static SafeguardItem custom(String code, SafeguardHeading heading, LocalDate today) {
        SafeguardItem item = new SafeguardItem();
        item.code = code;
        item.heading = heading;
        item.custom = true;
        item.trackedSince = today;
        item.sortOrder = 10_000;
        return item;
    }

    /** A new item of the organisation's own, to be filled in a form; its code is given on save. */
    public static SafeguardItem draft(SafeguardHeading heading) {
        SafeguardItem item = new SafeguardItem();
        item.heading = heading;
        item.custom = true;
        return item;
    }

    /**
     * Merges the catalogue's version of this item. Where the organisation kept the previous
     * default (clause text, frequency), the new default replaces it; an edited value stays.
     */
    void applyShipped(SafeguardHeading heading, int sortOrder, String sectionJa, String sectionEn, String textJa,
                      String textEn, Requirement requirement, String clauseRef, CheckFrequency frequency) {
        this.heading = heading;
        this.sortOrder = sortOrder;
        this.sectionJa = sectionJa;
        this.sectionEn = sectionEn;
        this.textJa = textJa;
        this.textEn = textEn;
        this.requirement = requirement;
        if (this.clauseRef == null || Objects.equals(this.clauseRef, shippedClauseRef)) {
            this.clauseRef = clauseRef;
        }
        this.shippedClauseRef = clauseRef;
        if (shippedFrequency == null || this.frequency == shippedFrequency) {
            this.frequency = frequency;
        }
        this.shippedFrequency = frequency;
        this.retired = false;
    }

    void retire() {
        this.retired = true;
    }

    public SafeguardHeading getHeading() {
        return heading;
    }

    void setHeading(SafeguardHeading heading) {
        this.heading = heading;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String section(Locale locale) {
        return sectionJa == null ? "" : Localised.pick(locale, sectionJa, sectionEn);
    }

    public String text(Locale locale) {
        return Localised.pick(locale, textJa, textEn);
    }

    public String getTextJa() {
        return textJa;
    }

    public void setTextJa(String textJa) {
        this.textJa = textJa == null ? null : textJa.strip();
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn == null ? null : textEn.strip();
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public void setRequirement(Requirement requirement) {
        this.requirement = requirement;
    }

    public String getClauseRef() {
        return clauseRef;
    }

    public void setClauseRef(String clauseRef) {
        this.clauseRef = clauseRef == null || clauseRef.isBlank() ? null : clauseRef.strip();
    }

    public CheckFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(CheckFrequency frequency) {
        this.frequency = frequency;
    }

    public boolean isCustom() {
        return custom;
    }

    public boolean isRetired() {
        return retired;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public void setDisabledReason(String disabledReason) {
        this.disabledReason = disabledReason == null || disabledReason.isBlank() ? null : disabledReason.strip();
    }

    public Set<Department> getDepartments() {
        return departments;
    }

    public void setDepartments(Set<Department> departments) {
        this.departments = departments == null ? new HashSet<>() : new HashSet<>(departments);
    }

    public UserAccount getOwner() {
        return owner;
    }

    public void setOwner(UserAccount owner) {
        this.owner = owner;
    }

    public LocalDate getTrackedSince() {
        return trackedSince;
    }

    /** Whether the item is asked at all: enabled and still in the catalogue. */
    public boolean isInForce() {
        return enabled && !retired;
    }

    public boolean appliesTo(Department department) {
        return departments.isEmpty() || departments.contains(department);
    }

    @Override
    public String historyLabel() {
        return code;
    }
}
