package jp.mamori.complaint;

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
import jp.mamori.organisation.UserAccount;
import jp.mamori.request.ContactChannel;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A complaint or consultation (苦情・相談) and how it was handled: first response, investigation,
 * improvement, answer to the person, each dated with what was done, and the corrective action
 * it led to.
 */
@Entity
@Table(name = "complaint")
@Audited
public class Complaint extends VersionedEntity implements HistoryLabel {

    @NotNull(message = "{validation.required}")
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ContactChannel channel;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintKind kind;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ComplaintCategory category;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.maxLength}")
    @Column(nullable = false, length = 200)
    private String subject;

    @Size(max = 200, message = "{validation.maxLength}")
    @Column(name = "complainant_name", length = 200)
    private String complainantName;

    @Size(max = 500, message = "{validation.maxLength}")
    @Column(name = "complainant_contact", length = 500)
    private String complainantContact;

    @Column(columnDefinition = "text")
    private String details;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    private UserAccount handler;

    @Column(name = "first_response_on")
    private LocalDate firstResponseOn;

    @Column(name = "first_response", columnDefinition = "text")
    private String firstResponse;

    @Column(name = "investigated_on")
    private LocalDate investigatedOn;

    @Column(columnDefinition = "text")
    private String investigation;

    @Column(name = "improved_on")
    private LocalDate improvedOn;

    @Column(columnDefinition = "text")
    private String improvement;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(columnDefinition = "text")
    private String answer;

    @Column(name = "corrective_action_id")
    private Long correctiveActionId;

    /** The furthest step reached. */
    public ComplaintStage getStage() {
        if (answeredOn != null) {
            return ComplaintStage.ANSWERED;
        }
        if (improvedOn != null) {
            return ComplaintStage.IMPROVEMENT;
        }
        if (investigatedOn != null) {
            return ComplaintStage.INVESTIGATION;
        }
        return firstResponseOn != null ? ComplaintStage.FIRST_RESPONSE : ComplaintStage.RECEIVED;
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

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? null : subject.strip();
    }

    public String getComplainantName() {
        return complainantName;
    }

    public void setComplainantName(String complainantName) {
        this.complainantName = optional(complainantName);
    }

    public String getComplainantContact() {
        return complainantContact;
    }

    public void setComplainantContact(String complainantContact) {
        this.complainantContact = optional(complainantContact);
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = optional(details);
    }

    public UserAccount getHandler() {
        return handler;
    }

    public void setHandler(UserAccount handler) {
        this.handler = handler;
    }

    public LocalDate getFirstResponseOn() {
        return firstResponseOn;
    }

    public void setFirstResponseOn(LocalDate firstResponseOn) {
        this.firstResponseOn = firstResponseOn;
    }

    public String getFirstResponse() {
        return firstResponse;
    }

    public void setFirstResponse(String firstResponse) {
        this.firstResponse = optional(firstResponse);
    }

    public LocalDate getInvestigatedOn() {
        return investigatedOn;
    }

    public void setInvestigatedOn(LocalDate investigatedOn) {
        this.investigatedOn = investigatedOn;
    }

    public String getInvestigation() {
        return investigation;
    }

    public void setInvestigation(String investigation) {
        this.investigation = optional(investigation);
    }

    public LocalDate getImprovedOn() {
        return improvedOn;
    }

    public void setImprovedOn(LocalDate improvedOn) {
        this.improvedOn = improvedOn;
    }

    public String getImprovement() {
        return improvement;
    }

    public void setImprovement(String improvement) {
        this.improvement = optional(improvement);
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = optional(answer);
    }

    public Long getCorrectiveActionId() {
        return correctiveActionId;
    }

    public void setCorrectiveActionId(Long correctiveActionId) {
        this.correctiveActionId = correctiveActionId;
    }

    @Override
    public String historyLabel() {
        return subject;
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
