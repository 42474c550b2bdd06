package jp.mamori.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Policy documents and their versions. The privacy manager drafts, submits and publishes; top
 * management approves or returns; auditors read everything; every worker reads what was
 * published and acknowledges the version in force.
 */
@Service
@Validated
public class PolicyService {

    static final String READERS = "hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')";

    private final PolicyDocumentRepository documents;
    private final PolicyVersionRepository versions;
    private final PolicyApprovalRepository approvals;
    private final AcknowledgementRepository acknowledgements;
    private final Clock clock;
    private final int acknowledgementDays;

    PolicyService(PolicyDocumentRepository documents, PolicyVersionRepository versions,
                  PolicyApprovalRepository approvals, AcknowledgementRepository acknowledgements, Clock clock,
                  @Value("${mamori.policy.acknowledgement-days:14}") int acknowledgementDays) {
        this.documents = documents;
        this.versions = versions;
        this.approvals = approvals;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
        this.acknowledgementDays = acknowledgementDays;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PolicyDocument> documents() {
        return documents.findAllByOrderByKindAscIdAsc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PolicyDocument document(long id) {
        return documents.findById(id).orElseThrow();
    }

    /** Newest first; workers who are not readers of drafts see only versions that were published. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PolicyVersion> versions(long documentId) {
        boolean drafts = seesDrafts();
        return versions.findByDocumentIdOrderByNumberDesc(documentId).stream()
                .filter(version -> drafts || version.getStatus().wasPublished())
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PolicyVersion version(long versionId) {
        PolicyVersion version = versions.findById(versionId).orElseThrow();
        if (!seesDrafts() && !version.getStatus().wasPublished()) {
            throw new AccessDeniedException("policy draft");
        }
        version.getDocument().getTitleJa();
        return version;
    }

    /** A new document with its first draft. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public PolicyVersion create(PolicyKind kind, @NotBlank(message = "{validation.required}")
                                @Size(max = PolicyDocument.MAX_TITLE) String titleJa,
                                @Size(max = PolicyDocument.MAX_TITLE) String titleEn, @Valid PolicyText text) {
        if (kind == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        PolicyDocument document = documents.save(new PolicyDocument(kind, titleJa, titleEn));
        return versions.save(new PolicyVersion(document, 1, text, CurrentUser.require().displayName()));
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public PolicyDocument rename(long documentId, Long expectedVersion,
                                 @NotBlank(message = "{validation.required}") @Size(max = PolicyDocument.MAX_TITLE)
                                 String titleJa, @Size(max = PolicyDocument.MAX_TITLE) String titleEn) {
        PolicyDocument document = documents.findById(documentId).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(document, expectedVersion);
        }
        document.rename(titleJa, titleEn);
        return documents.saveAndFlush(document);
    }

    /** Changes a draft's text; a draft read before someone else's change is refused as stale. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public PolicyVersion saveDraft(long versionId, Long expectedVersion, @Valid PolicyText text) {
        PolicyVersion version = current(versionId, expectedVersion);
        version.write(text);
        return versions.saveAndFlush(version);
    }

    /** Starts the next version from the latest one's text; refused while an unpublished version exists. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public PolicyVersion revise(long documentId) {
        PolicyVersion latest = versions.findFirstByDocumentIdOrderByNumberDesc(documentId).orElseThrow();
        if (!latest.getStatus().wasPublished()) {
            throw new RuleViolation("policy.error.openVersion", latest.getNumber());
        }
        PolicyText text = new PolicyText(latest.getBodyJa(), latest.getBodyEn(), null);
        return versions.save(new PolicyVersion(latest.getDocument(), latest.getNumber() + 1, text,
                CurrentUser.require().displayName()));
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public PolicyVersion submit(long versionId, Long expectedVersion) {
        PolicyVersion version = current(versionId, expectedVersion);
        version.submit(CurrentUser.require().userId());
        return versions.saveAndFlush(version);
    }

    @PreAuthorize("hasRole('TOP_MANAGEMENT')")
    @Transactional
    public PolicyVersion approve(long versionId, Long expectedVersion,
                                 @Size(max = 2000, message = "{validation.maxLength}") String comment) {
        return decide(versionId, expectedVersion, ApprovalDecision.APPROVED, comment);
    }

    /** Sends a submitted version back to the privacy manager as a draft; the reason is required. */
    @PreAuthorize("hasRole('TOP_MANAGEMENT')")
    @Transactional
    public PolicyVersion returnForChanges(long versionId, Long expectedVersion,
                                          @Size(max = 2000, message = "{validation.maxLength}") String comment) {
        if (comment == null || comment.isBlank()) {
            throw RuleViolation.onField("comment", "policy.error.returnReason");
        }
        return decide(versionId, expectedVersion, ApprovalDecision.RETURNED, comment);
    }

    /**
     * Puts an approved version in force from {@code effectiveOn} (today when null); the one in
     * force before is superseded, and every active worker now owes an acknowledgement.
     */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public PolicyVersion publish(long versionId, Long expectedVersion, LocalDate effectiveOn) {
        PolicyVersion version = current(versionId, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = effectiveOn == null ? today : effectiveOn;
        versions.findByDocumentIdAndStatus(version.getDocument().getId(), PolicyStatus.PUBLISHED)
                .ifPresent(previous -> {
                    if (previous.getEffectiveOn() != null && effective.isBefore(previous.getEffectiveOn())) {
                        throw RuleViolation.onField("effectiveOn", "policy.error.effectiveBeforePrevious",
                                previous.getEffectiveOn().toString());
                    }
                    previous.supersede();
                    versions.saveAndFlush(previous);
                });
        version.publish(effective, today, CurrentUser.require().displayName());
        version.getDocument().enactOn(effective);
        return versions.saveAndFlush(version);
    }

    /** The signed-in worker acknowledges a version in force; acknowledging twice is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Acknowledgement acknowledge(long versionId) {
        PolicyVersion version = versions.findById(versionId).orElseThrow();
        if (version.getStatus() != PolicyStatus.PUBLISHED) {
            throw new RuleViolation("policy.error.notInForce", version.getNumber());
        }
        long userId = CurrentUser.require().userId();
        if (acknowledgements.existsByVersionIdAndUserId(versionId, userId)) {
            throw new RuleViolation("policy.error.alreadyAcknowledged");
        }
        return acknowledgements.save(new Acknowledgement(versionId, userId, Instant.now(clock)));
    }

    /** The versions in force the signed-in worker has not acknowledged yet, oldest publication first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PendingAcknowledgement> myPending() {
        return versions.pendingFor(CurrentUser.require().userId());
    }

    /** Every active worker (and anyone who acknowledged) with their acknowledgement of a version, missing ones first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AcknowledgementRow> acknowledgements(long versionId) {
        return versions.acknowledgements(versionId);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PolicyApproval> approvals(long versionId) {
        return approvals.findByVersionIdOrderByDecidedAtAscIdAsc(versionId);
    }

    /**
     * The version in force of a kind (the latest publication when several documents of the
     * kind exist), with its enactment and revision dates.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PublishedPolicy> inForce(PolicyKind kind) {
        return versions.findFirstByDocumentKindAndStatusOrderByPublishedOnDescIdDesc(kind, PolicyStatus.PUBLISHED)
                .map(version -> published(version.getDocument(), version));
    }

    /** A document's version in force with its dates. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PublishedPolicy> inForce(long documentId) {
        PolicyDocument document = documents.findById(documentId).orElseThrow();
        return versions.findByDocumentIdAndStatus(documentId, PolicyStatus.PUBLISHED)
                .map(version -> published(document, version));
    }

    /** How many days workers have to acknowledge a publication ({@code mamori.policy.acknowledgement-days}). */
    public int acknowledgementDays() {
        return acknowledgementDays;
    }

    private PublishedPolicy published(PolicyDocument document, PolicyVersion version) {
        document.getTitleJa();
        List<LocalDate> dates = versions.publicationDates(document.getId());
        LocalDate enacted = document.getEnactedOn();
        List<LocalDate> revisions = dates.stream().filter(date -> date != null && !date.equals(enacted)).toList();
        return new PublishedPolicy(document, version, enacted, revisions);
    }

    private PolicyVersion decide(long versionId, Long expectedVersion, ApprovalDecision decision, String comment) {
        PolicyVersion version = current(versionId, expectedVersion);
        MamoriPrincipal me = CurrentUser.require();
        if (decision == ApprovalDecision.APPROVED && Long.valueOf(me.userId()).equals(version.getSubmittedByUserId())) {
            throw new RuleViolation("policy.error.ownSubmission");
        }
        version.decide(decision);
        approvals.save(new PolicyApproval(versionId, decision, me.userId(), me.displayName(), Instant.now(clock),
                comment == null || comment.isBlank() ? null : comment.strip()));
        return versions.saveAndFlush(version);
    }

    private PolicyVersion current(long versionId, Long expectedVersion) {
        PolicyVersion version = versions.findById(versionId).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(version, expectedVersion);
        }
        return version;
    }

    private static boolean seesDrafts() {
        return CurrentUser.require().hasAnyRole(Role.PRIVACY_MANAGER, Role.AUDITOR, Role.TOP_MANAGEMENT);
    }
}
