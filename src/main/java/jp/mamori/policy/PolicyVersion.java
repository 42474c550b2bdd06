package jp.mamori.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * One version of a policy document, numbered from 1. Its text can change only while it is a
 * draft; approval and publication move it forward, and a later publication supersedes it.
 */
@Entity
@Table(name = "policy_version")
@Audited
public class PolicyVersion extends VersionedEntity implements HistoryLabel {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private PolicyDocument document;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PolicyStatus status = PolicyStatus.DRAFT;

    @Column(name = "body_ja", nullable = false, columnDefinition = "text")
    private String bodyJa;

    @Column(name = "body_en", columnDefinition = "text")
    private String bodyEn;

    @Column(name = "change_summary", length = 1000)
    private String changeSummary;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    /** The date the version takes effect: the enactment or revision date the policy prints. */
    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    /** Who asked for approval: top management may not approve what they submitted themselves. */
    @Column(name = "submitted_by_user_id")
    private Long submittedByUserId;

    protected PolicyVersion() {
    }

    PolicyVersion(PolicyDocument document, int number, PolicyText text, String draftedBy) {
        this.document = document;
        this.number = number;
        this.draftedBy = draftedBy;
        write(text);
    }

    public PolicyDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public PolicyStatus getStatus() {
        return status;
    }

    public String getBodyJa() {
        return bodyJa;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    /** The body in the reader's language, Japanese when no translation exists. */
    public String body(Locale locale) {
        return PolicyLanguage.pick(locale, bodyJa, bodyEn);
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public PolicyText text() {
        return new PolicyText(bodyJa, bodyEn, changeSummary);
    }

    void write(PolicyText text) {
        require(PolicyStatus.DRAFT);
        this.bodyJa = text.bodyJa().strip();
        this.bodyEn = text.bodyEn() == null || text.bodyEn().isBlank() ? null : text.bodyEn().strip();
        this.changeSummary = text.changeSummary() == null || text.changeSummary().isBlank() ? null
                : text.changeSummary().strip();
    }

    void submit(long userId) {
        move(PolicyStatus.DRAFT, PolicyStatus.AWAITING_APPROVAL);
        submittedByUserId = userId;
    }

    public Long getSubmittedByUserId() {
        return submittedByUserId;
    }

    void decide(ApprovalDecision decision) {
        move(PolicyStatus.AWAITING_APPROVAL,
                decision == ApprovalDecision.APPROVED ? PolicyStatus.APPROVED : PolicyStatus.DRAFT);
    }

    void publish(LocalDate effectiveOn, LocalDate today, String publisher) {
        move(PolicyStatus.APPROVED, PolicyStatus.PUBLISHED);
        this.effectiveOn = effectiveOn;
        this.publishedOn = today;
        this.publishedBy = publisher;
    }

    void supersede() {
        move(PolicyStatus.PUBLISHED, PolicyStatus.SUPERSEDED);
    }

    private void move(PolicyStatus from, PolicyStatus to) {
        require(from);
        status = to;
    }

    private void require(PolicyStatus expected) {
        if (status != expected) {
            throw new RuleViolation("policy.error.status", number, status.name());
        }
    }

    @Override
    public String historyLabel() {
        return document.getTitleJa() + " v" + number;
    }
}
