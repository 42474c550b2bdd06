package jp.mamori.ledger;

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
import java.util.Comparator;
import java.util.Objects;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.BulkVersionedEntity;
import org.hibernate.envers.Audited;

/**
 * One risk of a ledger entry at one lifecycle stage: how likely, how bad, what is done about
 * it, what is left, and whether top management accepted what is left.
 */
@Entity
@Table(name = "ledger_risk")
@Audited
public class RiskAssessment extends BulkVersionedEntity implements HistoryLabel {

    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_MEASURES = 2000;
    public static final int MAX_SAFEGUARD_CODE = 32;

    /** Lifecycle order, then the threat's order, then creation order. */
    public static final Comparator<RiskAssessment> LIFECYCLE_ORDER = Comparator
            .comparing(RiskAssessment::getStage, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RiskAssessment::getThreat, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(risk -> risk.getId() == null ? Long.MAX_VALUE : risk.getId());

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private LedgerEntry entry;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LifecycleStage stage;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Threat threat;

    @Size(max = MAX_DESCRIPTION, message = "{validation.maxLength}")
    @Column(length = MAX_DESCRIPTION)
    private String description;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RiskLevel likelihood;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RiskLevel impact;

    /** The measures taken, as text until the safeguard catalogue exists. */
    @Size(max = MAX_MEASURES, message = "{validation.maxLength}")
    @Column(length = MAX_MEASURES)
    private String measures;

    /** The safeguard item the measures implement, once safeguards are catalogued. */
    @Size(max = MAX_SAFEGUARD_CODE, message = "{validation.maxLength}")
    @Column(name = "safeguard_item_code", length = MAX_SAFEGUARD_CODE)
    private String safeguardItemCode;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "residual_risk", nullable = false, length = 8)
    private RiskLevel residualRisk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RiskDecision decision = RiskDecision.PENDING;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_by_name", length = 100)
    private String decidedByName;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = MAX_DESCRIPTION, message = "{validation.maxLength}")
    @Column(name = "decision_comment", length = MAX_DESCRIPTION)
    private String decisionComment;

    public RiskAssessment() {
    }

    public RiskAssessment(LifecycleStage stage, Threat threat, String description, RiskLevel likelihood,
                          RiskLevel impact, String measures, String safeguardItemCode, RiskLevel residualRisk) {
        this.stage = stage;
        this.threat = threat;
        setDescription(description);
        this.likelihood = likelihood;
        this.impact = impact;
        setMeasures(measures);
        setSafeguardItemCode(safeguardItemCode);
        this.residualRisk = residualRisk;
    }

    /** The same assessment for another entry, not yet decided on. */
    public RiskAssessment copy() {
        return new RiskAssessment(stage, threat, description, likelihood, impact, measures, safeguardItemCode,
                residualRisk);
    }

    void attachTo(LedgerEntry entry) {
        this.entry = entry;
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public void setStage(LifecycleStage stage) {
        this.stage = stage;
    }

    public Threat getThreat() {
        return threat;
    }

    public void setThreat(Threat threat) {
        this.threat = threat;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public RiskLevel getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(RiskLevel likelihood) {
        this.likelihood = likelihood;
    }

    public RiskLevel getImpact() {
        return impact;
    }

    public void setImpact(RiskLevel impact) {
        this.impact = impact;
    }

    public RiskLevel inherentRisk() {
        return RiskLevel.of(likelihood, impact);
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures == null || measures.isBlank() ? null : measures.strip();
    }

    public String getSafeguardItemCode() {
        return safeguardItemCode;
    }

    public void setSafeguardItemCode(String safeguardItemCode) {
        this.safeguardItemCode = safeguardItemCode == null || safeguardItemCode.isBlank() ? null
                : safeguardItemCode.strip();
    }

    public RiskLevel getResidualRisk() {
        return residualRisk;
    }

    public void setResidualRisk(RiskLevel residualRisk) {
        this.residualRisk = residualRisk;
    }

    public RiskDecision getDecision() {
        return decision;
    }

    public Long getDecidedById() {
        return decidedById;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    /** A high residual risk that top management has not accepted. */
    public boolean isUnacceptedHighRisk() {
        return residualRisk == RiskLevel.HIGH && decision != RiskDecision.ACCEPTED;
    }

    /** What top management accepted is this assessment; a different one needs a new decision. */
    boolean sameAssessmentAs(RiskAssessment other) {
        return likelihood == other.likelihood && impact == other.impact && residualRisk == other.residualRisk
                && Objects.equals(measures, other.measures) && stage == other.stage && threat == other.threat
                && Objects.equals(description, other.description);
    }

    void decide(RiskDecision decision, Long userId, String userName, LocalDate on, String comment) {
        this.decision = decision;
        this.decidedById = userId;
        this.decidedByName = userName;
        this.decidedOn = on;
        this.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    void copyDecisionFrom(RiskAssessment other) {
        decide(other.decision, other.decidedById, other.decidedByName, other.decidedOn, other.decisionComment);
    }

    void clearDecision() {
        decide(RiskDecision.PENDING, null, null, null, null);
    }

    /** Copies the assessment (not the decision) from another; unchanged values leave the record clean. */
    void assessAs(RiskAssessment source) {
        stage = source.stage;
        threat = source.threat;
        description = source.description;
        likelihood = source.likelihood;
        impact = source.impact;
        measures = source.measures;
        safeguardItemCode = source.safeguardItemCode;
        residualRisk = source.residualRisk;
    }

    @Override
    public String historyLabel() {
        return stage + "/" + threat + ": " + likelihood + "×" + impact + " → " + residualRisk + " (" + decision + ")";
    }
}
