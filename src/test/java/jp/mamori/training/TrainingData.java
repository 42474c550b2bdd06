package jp.mamori.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import org.springframework.stereotype.Component;

/** Courses, rules and answers for training tests, made through the real services. */
@Component
public class TrainingData {

    public static final String PLEDGE = "私は個人情報保護に関する規程を理解し、これを遵守することを誓約します。";

    private final Fixtures fixtures;
    private final CourseService courses;
    private final AssignmentService assignments;

    TrainingData(Fixtures fixtures, CourseService courses, AssignmentService assignments) {
        this.fixtures = fixtures;
        this.courses = courses;
        this.assignments = assignments;
    }

    public MamoriPrincipal privacyManager() {
        return fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER, Role.EMPLOYEE));
    }

    /** Two questions: a single-choice one (answer 1) and a multiple-choice one (answers 0 and 2). */
    public static CourseValues values(String title, CourseKind kind, int passMark, int maxAttempts) {
        return new CourseValues(title, "個人情報の取扱いの基本", kind,
                "# 基本\n- 持ち出さない\n- **施錠**する\n[規程](https://example.jp/rules)", passMark, maxAttempts,
                false, 30, PLEDGE, true, List.of(new CourseLink("社内規程", "https://example.jp/rules")),
                List.of(new CourseValues.QuestionValues("個人データを社外へ持ち出してよいのは？", false,
                                "上長の許可と暗号化が必要です。",
                                List.of(new Choice("いつでも", false), new Choice("許可を得て暗号化したとき", true),
                                        new Choice("休日だけ", false))),
                        new CourseValues.QuestionValues("安全管理措置に含まれるものをすべて選んでください。", true,
                                "組織的・人的・物理的・技術的措置があります。",
                                List.of(new Choice("人的安全管理措置", true), new Choice("占い", false),
                                        new Choice("技術的安全管理措置", true)))));
    }

    public Course course(MamoriPrincipal pm, CourseKind kind, int passMark, int maxAttempts) {
        return Actors.as(pm, () -> courses.save(null, null,
                values(Fixtures.unique("個人情報保護教育 "), kind, passMark, maxAttempts)));
    }

    /** A course assigned by a department rule to everybody in {@code department}. */
    public Course assignedCourse(MamoriPrincipal pm, Department department, CourseKind kind, int maxAttempts,
                                 LocalDate today) {
        Course course = course(pm, kind, 100, maxAttempts);
        Actors.as(pm, () -> {
            courses.addRule(course.getId(), RuleScope.DEPARTMENT, department.getId(), null, null);
            assignments.applyRules(today);
        });
        return course;
    }

    public TrainingAssignment assignmentOf(MamoriPrincipal worker, Course course) {
        return Actors.as(worker, () -> assignments.mine().stream()
                .filter(a -> a.getCourse().getId().equals(course.getId())).findFirst().orElseThrow());
    }

    public static Map<Long, Set<Integer>> rightAnswers(QuizPaper paper, Course course) {
        Map<Long, List<Choice>> byQuestion = course.getQuestions().stream()
                .collect(Collectors.toMap(Question::getId, Question::getChoices));
        return paper.questions().stream().collect(Collectors.toMap(QuizPaper.PaperQuestion::id, question -> {
            List<Choice> choices = byQuestion.get(question.id());
            return java.util.stream.IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct()).boxed()
                    .collect(Collectors.toSet());
        }));
    }

    public static Map<Long, Set<Integer>> wrongAnswers(QuizPaper paper) {
        return paper.questions().stream().collect(Collectors.toMap(QuizPaper.PaperQuestion::id,
                question -> question.multiple() ? Set.of(1) : Set.of(0)));
    }

    public UserAccount worker(Department department) {
        return fixtures.user("worker", department, Role.EMPLOYEE);
    }
}
