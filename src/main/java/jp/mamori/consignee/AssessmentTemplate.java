package jp.mamori.consignee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A checklist consignees are assessed against: weighted criteria and the pass mark (a
 * percentage of the weighted score). Selection templates also say how often a consignee is
 * re-evaluated. Editing a template never changes past assessments, which copy what they used.
 */
@Entity
@Table(name = "consignee_template")
@Audited
public class AssessmentTemplate extends VersionedEntity implements HistoryLabel {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TemplateKind kind = TemplateKind.SELECTION;

    @Column(name = "pass_mark", nullable = false)
    private int passMark = 70;

    @Column(name = "reevaluation_months", nullable = false)
    private int reevaluationMonths = 12;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    public String getName() {
        return name;
    }

    public TemplateKind getKind() {
        return kind;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getReevaluationMonths() {
        return reevaluationMonths;
    }

    public boolean isActive() {
        return active;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    void apply(TemplateValues values) {
        this.name = values.name().strip();
        this.kind = values.kind();
        this.passMark = values.passMark();
        this.reevaluationMonths = values.reevaluationMonths();
        this.active = values.active();
        Map<Long, Criterion> existing = new HashMap<>();
        criteria.forEach(criterion -> existing.put(criterion.getId(), criterion));
        List<Criterion> wanted = new ArrayList<>();
        int position = 1;
        for (TemplateValues.Line line : values.criteria()) {
            Criterion kept = line.id() == null ? null : existing.get(line.id());
            if (kept == null) {
                wanted.add(new Criterion(this, position, line.text().strip(), line.weight()));
            } else {
                kept.update(position, line.text().strip(), line.weight());
                wanted.add(kept);
            }
            position++;
        }
        criteria.retainAll(wanted);
        wanted.stream().filter(criterion -> !criteria.contains(criterion)).forEach(criteria::add);
    }

    @Override
    public String historyLabel() {
        return name;
    }
}
