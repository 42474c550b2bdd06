package jp.mamori.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A course (教育コース): material to read, a comprehension test with a pass mark, and the
 * pledge (誓約文) the worker signs once passed. {@code contentVersion} moves whenever the
 * material or the test changes and {@code pledgeVersion} whenever the pledge text does, so
 * an attestation says exactly what was learnt, tested and signed.
 */
@Entity
@Table(name = "course")
@Audited
public class Course extends VersionedEntity implements HistoryLabel {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseKind kind;

    @Column(columnDefinition = "text")
    private String material;

    @Column(name = "content_version", nullable = false)
    private int contentVersion = 1;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "randomise_order", nullable = false)
    private boolean randomiseOrder;

    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;

    @Column(name = "pledge_version", nullable = false)
    private int pledgeVersion = 1;

    @Column(nullable = false)
    private boolean active = true;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "course_link", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<CourseLink> links = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "course", cascade = CascadeType.PERSIST)
    @OrderBy("version")
    private List<Pledge> pledges = new ArrayList<>();

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CourseKind getKind() {
        return kind;
    }

    public String getMaterial() {
        return material;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public boolean isRandomiseOrder() {
        return randomiseOrder;
    }

    public int getDeadlineDays() {
        return deadlineDays;
    }

    public int getPledgeVersion() {
        return pledgeVersion;
    }

    public boolean isActive() {
        return active;
    }

    public List<CourseLink> getLinks() {
        return List.copyOf(links);
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    public List<Pledge> getPledges() {
        return List.copyOf(pledges);
    }

    /** The pledge a worker signs today. */
    public Pledge currentPledge() {
        return pledges.stream().filter(pledge -> pledge.getVersion() == pledgeVersion).findFirst().orElseThrow();
    }

    public Pledge pledge(int version) {
        return pledges.stream().filter(pledge -> pledge.getVersion() == version).findFirst().orElseThrow();
    }

    /**
     * Applies edited values. The content version moves when what is learnt or tested
     * changes, the pledge version when the pledge text does; titles and deadlines move nothing.
     */
    void apply(CourseValues values, Instant now) {
        boolean first = isNew() && pledges.isEmpty();
        boolean contentChanged = !first && (!Objects.equals(material, values.material())
                || passMark != values.passMark() || !sameQuestions(values.questions()));
        title = values.title().strip();
        description = blankToNull(values.description());
        kind = values.kind();
        material = blankToNull(values.material());
        passMark = values.passMark();
        maxAttempts = values.maxAttempts();
        randomiseOrder = values.randomiseOrder();
        deadlineDays = values.deadlineDays();
        active = values.active();
        links.clear();
        links.addAll(values.links());
        if (first || !sameQuestions(values.questions())) {
            questions.clear();
            int position = 0;
            for (CourseValues.QuestionValues question : values.questions()) {
                questions.add(new Question(this, position++, question.text().strip(), question.multiple(),
                        blankToNull(question.explanation()), question.choices()));
            }
        }
        if (contentChanged) {
            contentVersion++;
        }
        String pledgeText = values.pledgeText().strip();
        if (first) {
            pledges.add(new Pledge(this, 1, pledgeText, now));
        } else if (!currentPledge().getText().equals(pledgeText)) {
            pledgeVersion++;
            pledges.add(new Pledge(this, pledgeVersion, pledgeText, now));
        }
    }

    private boolean sameQuestions(List<CourseValues.QuestionValues> edited) {
        if (edited.size() != questions.size()) {
            return false;
        }
        for (int i = 0; i < edited.size(); i++) {
            Question stored = questions.get(i);
            CourseValues.QuestionValues wanted = edited.get(i);
            if (!stored.getText().equals(wanted.text().strip()) || stored.isMultiple() != wanted.multiple()
                    || !Objects.equals(stored.getExplanation(), blankToNull(wanted.explanation()))
                    || !stored.getChoices().equals(wanted.choices())) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String historyLabel() {
        return title;
    }
}
