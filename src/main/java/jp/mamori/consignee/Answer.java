package jp.mamori.consignee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The answer to one criterion, with the criterion's text and weight as they were then. */
@Entity
@Table(name = "consignee_answer")
public class Answer {

    public static final int MAX_EVIDENCE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = Criterion.MAX_TEXT)
    private String criterion;

    @Column(nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnswerLevel answer;

    @Column(length = MAX_EVIDENCE)
    private String evidence;

    protected Answer() {
    }

    Answer(Assessment assessment, Criterion criterion, AnswerLevel answer, String evidence) {
        this.assessment = assessment;
        this.position = criterion.getPosition();
        this.criterion = criterion.getText();
        this.weight = criterion.getWeight();
        this.answer = answer;
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }

    public int getPosition() {
        return position;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getWeight() {
        return weight;
    }

    public AnswerLevel getAnswer() {
        return answer;
    }

    public String getEvidence() {
        return evidence;
    }
}
