package jp.mamori.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A data-subject request (開示等の請求): who asked what, through whom, how their identity was
 * verified, what was decided and when it was answered, and when its papers were destroyed.
 * {@code responseDue} and {@code destructionDue} are set by the service from the request
 * procedure in force when the request was received or closed.
 */
@Entity
@Table(name = "subject_request")
@Audited
public class SubjectRequest extends VersionedEntity implements HistoryLabel {

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RequestType type;

    @NotNull(message = "{validation.required}")
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ContactChannel channel;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.maxLength}")
    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Size(max = 500, message = "{validation.maxLength}")
    @Column(name = "requester_contact", length = 500)
    private String requesterContact;

    @Column(columnDefinition = "text")
    private String details;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "proxy_kind", nullable = false, length = 32)
    private ProxyKind proxyKind = ProxyKind.NONE;

    @Size(max = 200, message = "{validation.maxLength}")
    @Column(name = "proxy_name", length = 200)
    private String proxyName;

    @Size(max = 500, message = "{validation.maxLength}")
    @Column(name = "proxy_documents", length = 500)
    private String proxyDocuments;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "identity_verified_by_id")
    private UserAccount identityVerifiedBy;

    @Size(max = 500, message = "{validation.maxLength}")
    @Column(name = "identity_method", length = 500)
    private String identityMethod;

    @Column(name = "identity_verified_on")
    private LocalDate identityVerifiedOn;

    @Min(value = 0, message = "{request.validation.fee}")
    @Column(name = "fee_amount", nullable = false)
    private int feeAmount;

    @Column(name = "fee_received", nullable = false)
    private boolean feeReceived;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    private UserAccount handler;

    @Column(name = "response_due", nullable = false)
    private LocalDate responseDue;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground", length = 32)
    private RefusalGround refusalGround;

    @Column(name = "decision_reason", columnDefinition = "text")
    private String decisionReason;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_method", length = 32)
    private ResponseMethod responseMethod;

    @Column(name = "destruction_due")
    private LocalDate destructionDue;

    @Column(name = "destroyed_on")
    private LocalDate destroyedOn;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "subject_request_ledger_entry", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "ledger_entry_id", nullable = false)
    private Set<Long> ledgerEntryIds = new TreeSet<>();

    public RequestStatus getStatus() {
        if (destroyedOn != null) {
            return RequestStatus.DESTROYED;
        }
        return respondedOn == null ? RequestStatus.OPEN : RequestStatus.RESPONDED;
    }

    /** Unanswered after the response date, or papers kept beyond their destruction date. */
    public boolean isOverdue(LocalDate today) {
        return respondedOn == null && responseDue != null && responseDue.isBefore(today)
                || destroyedOn == null && destructionDue != null && destructionDue.isBefore(today);
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = Texts.strip(requesterName);
    }

    public String getRequesterContact() {
        return requesterContact;
    }

    public void setRequesterContact(String requesterContact) {
        this.requesterContact = Texts.blankToNull(requesterContact);
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = Texts.blankToNull(details);
    }

    public ProxyKind getProxyKind() {
        return proxyKind;
    }

    public void setProxyKind(ProxyKind proxyKind) {
        this.proxyKind = proxyKind == null ? ProxyKind.NONE : proxyKind;
    }

    public String getProxyName() {
        return proxyName;
    }

    public void setProxyName(String proxyName) {
        this.proxyName = Texts.blankToNull(proxyName);
    }

    public String getProxyDocuments() {
        return proxyDocuments;
    }

    public void setProxyDocuments(String proxyDocuments) {
        this.proxyDocuments = Texts.blankToNull(proxyDocuments);
    }

    public UserAccount getIdentityVerifiedBy() {
        return identityVerifiedBy;
    }

    public void setIdentityVerifiedBy(UserAccount identityVerifiedBy) {
        this.identityVerifiedBy = identityVerifiedBy;
    }

    public String getIdentityMethod() {
        return identityMethod;
    }

    public void setIdentityMethod(String identityMethod) {
        this.identityMethod = Texts.blankToNull(identityMethod);
    }

    public LocalDate getIdentityVerifiedOn() {
        return identityVerifiedOn;
    }

    public void setIdentityVerifiedOn(LocalDate identityVerifiedOn) {
        this.identityVerifiedOn = identityVerifiedOn;
    }

    public boolean isIdentityVerified() {
        return identityMethod != null && identityVerifiedOn != null;
    }

    public int getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(int feeAmount) {
        this.feeAmount = feeAmount;
    }

    public boolean isFeeReceived() {
        return feeReceived;
    }

    public void setFeeReceived(boolean feeReceived) {
        this.feeReceived = feeReceived;
    }

    public UserAccount getHandler() {
        return handler;
    }

    public void setHandler(UserAccount handler) {
        this.handler = handler;
    }

    public LocalDate getResponseDue() {
        return responseDue;
    }

    void setResponseDue(LocalDate responseDue) {
        this.responseDue = responseDue;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public RefusalGround getRefusalGround() {
        return refusalGround;
    }

    public void setRefusalGround(RefusalGround refusalGround) {
        this.refusalGround = refusalGround;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = Texts.blankToNull(decisionReason);
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    public ResponseMethod getResponseMethod() {
        return responseMethod;
    }

    public void setResponseMethod(ResponseMethod responseMethod) {
        this.responseMethod = responseMethod;
    }

    public LocalDate getDestructionDue() {
        return destructionDue;
    }

    void setDestructionDue(LocalDate destructionDue) {
        this.destructionDue = destructionDue;
    }

    public LocalDate getDestroyedOn() {
        return destroyedOn;
    }

    public void setDestroyedOn(LocalDate destroyedOn) {
        this.destroyedOn = destroyedOn;
    }

    /** The ledger entries (個人情報管理台帳) the request concerns, in id order. */
    public List<Long> getLedgerEntryIds() {
        return List.copyOf(ledgerEntryIds);
    }

    public void setLedgerEntryIds(java.util.Collection<Long> ids) {
        ledgerEntryIds.clear();
        if (ids != null) {
            ledgerEntryIds.addAll(ids);
        }
    }

    @Override
    public String historyLabel() {
        return "#" + getId() + " " + receivedOn;
    }
}
