package jp.mamori.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A question of a course's comprehension test: single choice, or multiple choice. */
@Entity
@Table(name = "course_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(nullable = false)
    private boolean multiple;

    @Column(length = 4000)
    private String explanation;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "course_choice", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<Choice> choices = new ArrayList<>();

    protected Question() {
    }

    Question(Course course, int position, String text, boolean multiple, String explanation, List<Choice> choices) {
        this.course = course;
        this.position = position;
        this.text = text;
        this.multiple = multiple;
        this.explanation = explanation;
        this.choices = new ArrayList<>(choices);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isMultiple() {
        return multiple;
    }

    public String getExplanation() {
        return explanation;
    }

    public List<Choice> getChoices() {
        return List.copyOf(choices);
    }
}
