package jp.mamori.consignee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.persistence.VersionedEntity;

/**
 * One assessment of a consignee against a template: the answers, the weighted score, and the
 * decision with who took it and when. It is a record: never edited once made; the next one
 * supersedes it and both stay visible.
 */
@Entity
@Table(name = "consignee_assessment")
public class Assessment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consignee_id", nullable = false, updatable = false)
    private Consignee consignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private AssessmentTemplate template;

    @Column(name = "template_name", nullable = false, length = 200)
    private String templateName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TemplateKind kind;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(nullable = false)
    private int earned;

    @Column(nullable = false)
    private int possible;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal score;

    @Column(nullable = false)
    private boolean passed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AssessmentDecision decision;

    @Column(length = 2000)
    private String conditions;

    @Column(length = 2000)
    private String notes;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_by_name", nullable = false, length = 200)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "next_due")
    private LocalDate nextDue;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Answer> answers = new ArrayList<>();

    protected Assessment() {
    }

    Assessment(Consignee consignee, AssessmentTemplate template, LocalDate assessedOn) {
        this.consignee = consignee;
        this.template = template;
        this.templateName = template.getName();
        this.kind = template.getKind();
        this.passMark = template.getPassMark();
        this.assessedOn = assessedOn;
    }

    void answer(Criterion criterion, AnswerLevel level, String evidence) {
        answers.add(new Answer(this, criterion, level, evidence));
    }

    AssessmentScore computeScore() {
        return AssessmentScore.of(answers.stream()
                .map(a -> new AssessmentScore.Weighted(a.getWeight(), a.getAnswer())).toList());
    }

    void decide(AssessmentScore result, AssessmentDecision decision, String conditions, String notes,
                String decidedBy, String decidedByName, Instant decidedAt, LocalDate nextDue) {
        this.earned = result.earned();
        this.possible = result.possible();
        this.score = result.percent();
        this.passed = result.passes(passMark);
        this.decision = decision;
        this.conditions = conditions;
        this.notes = notes;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.nextDue = nextDue;
    }

    public Consignee getConsignee() {
        return consignee;
    }

    public String getTemplateName() {
        return templateName;
    }

    public TemplateKind getKind() {
        return kind;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public int getPassMark() {
        return passMark;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public AssessmentDecision getDecision() {
        return decision;
    }

    public String getConditions() {
        return conditions;
    }

    public String getNotes() {
        return notes;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }
}
