package jp.mamori.consignee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/** One criterion of a template, with its weight in the score. */
@Entity
@Table(name = "consignee_criterion")
@Audited
public class Criterion extends VersionedEntity implements HistoryLabel {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_WEIGHT = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private AssessmentTemplate template;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false)
    private int weight;

    protected Criterion() {
    }

    Criterion(AssessmentTemplate template, int position, String text, int weight) {
        this.template = template;
        update(position, text, weight);
    }

    final void update(int position, String text, int weight) {
        this.position = position;
        this.text = text;
        this.weight = weight;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public int getWeight() {
        return weight;
    }

    @Override
    public String historyLabel() {
        return position + ". " + text;
    }
}
