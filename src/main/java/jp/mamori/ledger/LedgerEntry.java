package jp.mamori.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.mamori.consignee.Consignee;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.BulkVersionedEntity;
import jp.mamori.shared.security.Role;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * One row of the personal-information ledger (個人情報管理台帳): one kind of personal
 * information a business process handles, with everything an examiner asks about it.
 */
@Entity
@Table(name = "ledger_entry")
@Audited
public class LedgerEntry extends BulkVersionedEntity implements HistoryLabel {

    public static final int MAX_REFERENCE = 32;
    public static final int MAX_NAME = 200;
    public static final int MAX_LONG_TEXT = 2000;
    public static final int MAX_TEXT = 500;
    public static final int MAX_SHORT_TEXT = 200;

    @Size(max = MAX_REFERENCE, message = "{validation.maxLength}")
    @Column(nullable = false, length = MAX_REFERENCE)
    private String reference;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_NAME, message = "{validation.maxLength}")
    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_LONG_TEXT, message = "{validation.maxLength}")
    @Column(name = "data_items", nullable = false, length = MAX_LONG_TEXT)
    private String dataItems;

    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TEXT, message = "{validation.maxLength}")
    @Column(name = "data_subjects", nullable = false, length = MAX_TEXT)
    private String dataSubjects;

    @PositiveOrZero(message = "{ledger.validation.count}")
    @Column(name = "approximate_count")
    private Integer approximateCount;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Medium medium;

    @Size(max = MAX_SHORT_TEXT, message = "{validation.maxLength}")
    @Column(length = MAX_SHORT_TEXT)
    private String format;

    @Column(name = "special_care", nullable = false)
    private boolean specialCare;

    @Column(name = "my_number", nullable = false)
    private boolean myNumber;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "acquisition_method", nullable = false, length = 32)
    private AcquisitionMethod acquisitionMethod;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_consent", nullable = false, length = 32)
    private NoticeConsent noticeConsent;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ledger_entry_purpose", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "purpose_id"))
    @BatchSize(size = 100)
    private Set<Purpose> purposes = new LinkedHashSet<>();

    @Size(max = MAX_TEXT, message = "{validation.maxLength}")
    @Column(name = "storage_place", length = MAX_TEXT)
    private String storagePlace;

    @Size(max = MAX_TEXT, message = "{validation.maxLength}")
    @Column(name = "storage_method", length = MAX_TEXT)
    private String storageMethod;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ledger_entry_access_department", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    @BatchSize(size = 100)
    private Set<Department> accessDepartments = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ledger_entry_access_role", joinColumns = @JoinColumn(name = "entry_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    @BatchSize(size = 100)
    private Set<Role> accessRoles = new HashSet<>();

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<@Valid ConsigneeLink> consigneeLinks = new ArrayList<>();

    @Valid
    @Embedded
    private ThirdPartyProvision provision = new ThirdPartyProvision();

    @Column(name = "joint_use", nullable = false)
    private boolean jointUse;

    @Size(max = MAX_LONG_TEXT, message = "{validation.maxLength}")
    @Column(name = "joint_use_description", length = MAX_LONG_TEXT)
    private String jointUseDescription;

    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_SHORT_TEXT, message = "{validation.maxLength}")
    @Column(name = "retention_period", length = MAX_SHORT_TEXT)
    private String retentionPeriod;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "disposal_method", length = 32)
    private DisposalMethod disposalMethod;

    /** 保有個人データ: the organisation can disclose, correct or stop using it on request. */
    @Column(name = "retained_personal_data", nullable = false)
    private boolean retainedPersonalData;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "leak_impact", length = 8)
    private RiskLevel leakImpact;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LedgerStatus status = LedgerStatus.DRAFT;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    /** Kept in step with the risks so that lists can filter and flag without reading them. */
    @Column(name = "unaccepted_high_risk", nullable = false)
    private boolean unacceptedHighRisk;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<@Valid RiskAssessment> risks = new ArrayList<>();

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = blankToNull(reference);
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public void setOwner(UserAccount owner) {
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = blankToNull(name);
    }

    public String getDataItems() {
        return dataItems;
    }

    public void setDataItems(String dataItems) {
        this.dataItems = blankToNull(dataItems);
    }

    public String getDataSubjects() {
        return dataSubjects;
    }

    public void setDataSubjects(String dataSubjects) {
        this.dataSubjects = blankToNull(dataSubjects);
    }

    public Integer getApproximateCount() {
        return approximateCount;
    }

    public void setApproximateCount(Integer approximateCount) {
        this.approximateCount = approximateCount;
    }

    public Medium getMedium() {
        return medium;
    }

    public void setMedium(Medium medium) {
        this.medium = medium;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = blankToNull(format);
    }

    public boolean isSpecialCare() {
        return specialCare;
    }

    public void setSpecialCare(boolean specialCare) {
        this.specialCare = specialCare;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public void setMyNumber(boolean myNumber) {
        this.myNumber = myNumber;
    }

    public AcquisitionMethod getAcquisitionMethod() {
        return acquisitionMethod;
    }

    public void setAcquisitionMethod(AcquisitionMethod acquisitionMethod) {
        this.acquisitionMethod = acquisitionMethod;
    }

    public NoticeConsent getNoticeConsent() {
        return noticeConsent;
    }

    public void setNoticeConsent(NoticeConsent noticeConsent) {
        this.noticeConsent = noticeConsent;
    }

    public Set<Purpose> getPurposes() {
        return purposes;
    }

    public void setPurposes(Collection<Purpose> purposes) {
        replace(this.purposes, purposes);
    }

    public String getStoragePlace() {
        return storagePlace;
    }

    public void setStoragePlace(String storagePlace) {
        this.storagePlace = blankToNull(storagePlace);
    }

    public String getStorageMethod() {
        return storageMethod;
    }

    public void setStorageMethod(String storageMethod) {
        this.storageMethod = blankToNull(storageMethod);
    }

    public Set<Department> getAccessDepartments() {
        return accessDepartments;
    }

    public void setAccessDepartments(Collection<Department> accessDepartments) {
        replace(this.accessDepartments, accessDepartments);
    }

    public Set<Role> getAccessRoles() {
        return accessRoles;
    }

    public void setAccessRoles(Collection<Role> accessRoles) {
        replace(this.accessRoles, accessRoles);
    }

    public List<ConsigneeLink> getConsigneeLinks() {
        return consigneeLinks;
    }

    /**
     * Makes the linked consignees exactly these, in this order. A consignee that was already
     * linked keeps its link (and any override recorded on it); a new one gets a new link.
     */
    public void linkConsignees(List<ConsigneeLink> wanted) {
        Map<Long, ConsigneeLink> existing = new HashMap<>();
        consigneeLinks.forEach(link -> existing.put(link.getConsignee().getId(), link));
        List<ConsigneeLink> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ConsigneeLink link : wanted) {
            Long consigneeId = link.getConsignee().getId();
            if (consigneeId != null && !seen.add(consigneeId)) {
                continue;
            }
            ConsigneeLink kept = consigneeId == null ? null : existing.get(consigneeId);
            if (kept == null) {
                // A link that belongs to another entry's state is never moved: this entry gets its own.
                ConsigneeLink added = link.getId() == null ? link : new ConsigneeLink(link.getConsignee(),
                        link.getOverrideReason());
                added.attachTo(this);
                result.add(added);
            } else {
                result.add(kept);
            }
        }
        if (!result.equals(consigneeLinks) || result.stream().anyMatch(link -> link.getId() == null)) {
            consigneeLinks.clear();
            consigneeLinks.addAll(result);
        }
    }

    public void addConsignee(Consignee consignee, String overrideReason) {
        List<ConsigneeLink> wanted = new ArrayList<>(consigneeLinks);
        wanted.add(new ConsigneeLink(consignee, overrideReason));
        linkConsignees(wanted);
    }

    public void removeConsigneeLink(ConsigneeLink link) {
        consigneeLinks.remove(link);
    }

    public ThirdPartyProvision getProvision() {
        return provision;
    }

    public void setProvision(ThirdPartyProvision provision) {
        if (!Objects.equals(this.provision, provision)) {
            this.provision = provision == null ? new ThirdPartyProvision() : provision;
        }
    }

    public boolean isJointUse() {
        return jointUse;
    }

    public void setJointUse(boolean jointUse) {
        this.jointUse = jointUse;
    }

    public String getJointUseDescription() {
        return jointUseDescription;
    }

    public void setJointUseDescription(String jointUseDescription) {
        this.jointUseDescription = blankToNull(jointUseDescription);
    }

    public String getRetentionPeriod() {
        return retentionPeriod;
    }

    public void setRetentionPeriod(String retentionPeriod) {
        this.retentionPeriod = blankToNull(retentionPeriod);
    }

    public DisposalMethod getDisposalMethod() {
        return disposalMethod;
    }

    public void setDisposalMethod(DisposalMethod disposalMethod) {
        this.disposalMethod = disposalMethod;
    }

    public boolean isRetainedPersonalData() {
        return retainedPersonalData;
    }

    public void setRetainedPersonalData(boolean retainedPersonalData) {
        this.retainedPersonalData = retainedPersonalData;
    }

    public RiskLevel getLeakImpact() {
        return leakImpact;
    }

    public void setLeakImpact(RiskLevel leakImpact) {
        this.leakImpact = leakImpact;
    }

    public LedgerStatus getStatus() {
        return status;
    }

    public void setStatus(LedgerStatus status) {
        this.status = status;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public void setNextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
    }

    public boolean isUnacceptedHighRisk() {
        return unacceptedHighRisk;
    }

    public List<RiskAssessment> getRisks() {
        return risks;
    }

    /** The risks in lifecycle order (acquisition first), as screens and documents list them. */
    public List<RiskAssessment> risksInLifecycleOrder() {
        return risks.stream().sorted(RiskAssessment.LIFECYCLE_ORDER).toList();
    }

    public void addRisk(RiskAssessment risk) {
        risk.attachTo(this);
        risks.add(risk);
    }

    public void removeRisk(RiskAssessment risk) {
        risks.remove(risk);
    }

    /**
     * Makes the risks exactly these: a wanted risk with the id of an existing one updates it,
     * any other is added, and existing risks not wanted are removed.
     */
    void replaceRisks(List<WantedRisk> wanted) {
        Map<Long, RiskAssessment> existing = new HashMap<>();
        risks.forEach(risk -> existing.put(risk.getId(), risk));
        List<RiskAssessment> result = new ArrayList<>();
        for (WantedRisk risk : wanted) {
            RiskAssessment current = risk.id() == null ? null : existing.get(risk.id());
            if (current == null) {
                RiskAssessment added = risk.values().getId() == null ? risk.values() : risk.values().copy();
                added.attachTo(this);
                result.add(added);
            } else {
                current.assessAs(risk.values());
                result.add(current);
            }
        }
        if (!result.equals(risks) || result.stream().anyMatch(risk -> risk.getId() == null)) {
            risks.clear();
            risks.addAll(result);
        }
    }

    void refreshRiskFlag() {
        unacceptedHighRisk = risks.stream().anyMatch(RiskAssessment::isUnacceptedHighRisk);
    }

    void recordReview(LocalDate reviewedOn, LocalDate next) {
        lastReviewedOn = reviewedOn;
        nextReviewDate = next;
    }

    /**
     * Takes every recorded fact from another entry: the content columns, purposes, access, third
     * party provision. Not the reference, the status, the review dates, consignees or risks,
     * whose changes follow their own rules.
     */
    public void copyContentFrom(LedgerEntry source) {
        setDepartment(source.department);
        setOwner(source.owner);
        setName(source.name);
        setDataItems(source.dataItems);
        setDataSubjects(source.dataSubjects);
        setApproximateCount(source.approximateCount);
        setMedium(source.medium);
        setFormat(source.format);
        setSpecialCare(source.specialCare);
        setMyNumber(source.myNumber);
        setAcquisitionMethod(source.acquisitionMethod);
        setNoticeConsent(source.noticeConsent);
        setPurposes(source.purposes);
        setStoragePlace(source.storagePlace);
        setStorageMethod(source.storageMethod);
        setAccessDepartments(source.accessDepartments);
        setAccessRoles(source.accessRoles);
        setProvision(source.provision.copy());
        setJointUse(source.jointUse);
        setJointUseDescription(source.jointUseDescription);
        setRetentionPeriod(source.retentionPeriod);
        setDisposalMethod(source.disposalMethod);
        setRetainedPersonalData(source.retainedPersonalData);
        setLeakImpact(source.leakImpact);
    }

    @Override
    public String historyLabel() {
        return reference + " " + name;
    }

    /** Replaces a collection's content only when it differs, so an unchanged record stays clean. */
    private static <T> void replace(Collection<T> target, Collection<T> wanted) {
        if (target == wanted) {
            return;
        }
        List<T> copy = wanted == null ? List.of() : new ArrayList<>(wanted);
        if (target.size() != copy.size() || !target.containsAll(copy)) {
            target.clear();
            target.addAll(copy);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
