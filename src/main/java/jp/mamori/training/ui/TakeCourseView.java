package jp.mamori.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.AssignmentStatus;
import jp.mamori.training.Attestation;
import jp.mamori.training.Course;
import jp.mamori.training.CourseLink;
import jp.mamori.training.CourseService;
import jp.mamori.training.CourseTaking;
import jp.mamori.training.MaterialFile;
import jp.mamori.training.Pledge;
import jp.mamori.training.QuizPaper;
import jp.mamori.training.QuizResult;
import jp.mamori.training.TrainingAssignment;
import jp.mamori.training.TrainingReports;

/**
 * Taking a course, one step at a time: read the material, answer the test, see the result
 * with the explanations, and once passed sign the pledge.
 */
@Route(value = "training/take", layout = MainLayout.class)
@PermitAll
public class TakeCourseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AssignmentService assignments;
    private final CourseService courses;
    private final CourseTaking taking;
    private final TrainingReports reports;
    private long assignmentId;
    private String title = "";

    public TakeCourseView(AssignmentService assignments, CourseService courses, CourseTaking taking,
                          TrainingReports reports) {
        this.assignments = assignments;
        this.courses = courses;
        this.taking = taking;
        this.reports = reports;
        addClassName("training-take");
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        TrainingAssignment assignment = Feedback.attempt(() -> assignments.get(id));
        if (assignment == null || assignment.getUser().getId() != CurrentUser.require().userId()) {
            event.forwardTo("training/my-tasks");
            return;
        }
        assignmentId = id;
        title = assignment.getCourse().getTitle();
        switch (assignment.getStatus()) {
            case ASSIGNED -> showMaterial();
            case PASSED -> showPledge();
            case COMPLETED -> taking.attestation(id).ifPresent(this::showDone);
            case FAILED, EXEMPTED -> showClosed(assignment.getStatus());
        }
    }

    private void step(String stepKey, Component... content) {
        removeAll();
        H2 heading = new H2(title);
        Span step = new Span(getTranslation(stepKey));
        step.getElement().getThemeList().add("badge");
        step.setId("training-step");
        add(heading, step);
        add(content);
    }

    private void showMaterial() {
        Course course = courses.get(assignment().getCourse().getId());
        Div body = new Div();
        if (course.getDescription() != null) {
            body.add(new Paragraph(course.getDescription()));
        }
        body.add(new MaterialView(course.getMaterial()));
        List<CourseLink> links = course.getLinks();
        List<MaterialFile> files = courses.files(course.getId());
        if (!links.isEmpty() || !files.isEmpty()) {
            body.add(new H4(getTranslation("training.take.attachments")));
            links.forEach(link -> {
                Anchor anchor = new Anchor(link.url(), link.label(), AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                body.add(new Div(VaadinIcon.EXTERNAL_LINK.create(), anchor));
            });
            files.forEach(file -> body.add(new Div(fileLink(file))));
        }
        Button start = new Button(getTranslation("training.take.startQuiz"), click -> showQuiz());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("training-start-quiz");
        step("training.take.step.material", body, start);
    }

    private Anchor fileLink(MaterialFile file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            CourseService.Download download = courses.download(file.getId());
            return new DownloadResponse(new ByteArrayInputStream(download.content()), file.getFileName(),
                    file.getContentType(), download.content().length);
        }), file.getFileName());
        anchor.setDownload(true);
        return anchor;
    }

    private void showQuiz() {
        QuizPaper paper = Feedback.attempt(() -> taking.paper(assignmentId));
        if (paper == null) {
            return;
        }
        Map<Long, Supplier<Set<Integer>>> answers = new HashMap<>();
        VerticalLayout questions = new VerticalLayout();
        questions.setPadding(false);
        int number = 0;
        for (QuizPaper.PaperQuestion question : paper.questions()) {
            number++;
            String label = getTranslation("training.take.question", number, question.text());
            Component field;
            if (question.multiple()) {
                CheckboxGroup<QuizPaper.PaperChoice> group = new CheckboxGroup<>(label);
                group.setItems(question.choices());
                group.setItemLabelGenerator(QuizPaper.PaperChoice::text);
                group.setHelperText(getTranslation("training.take.multiple"));
                answers.put(question.id(), () -> group.getValue().stream().map(QuizPaper.PaperChoice::index)
                        .collect(Collectors.toSet()));
                field = group;
            } else {
                RadioButtonGroup<QuizPaper.PaperChoice> group = new RadioButtonGroup<>(label);
                group.setItems(question.choices());
                group.setItemLabelGenerator(QuizPaper.PaperChoice::text);
                answers.put(question.id(), () -> group.getValue() == null ? Set.of() : Set.of(group.getValue().index()));
                field = group;
            }
            field.setId("training-question-" + number);
            field.addClassName("training-question");
            questions.add(field);
        }
        Paragraph rules = new Paragraph(getTranslation("training.take.quizRules", paper.passMark(), paper.attemptsLeft()));
        Button submit = new Button(getTranslation("training.take.submit"), click -> {
            Map<Long, Set<Integer>> given = new HashMap<>();
            answers.forEach((id, value) -> given.put(id, value.get()));
            if (given.values().stream().anyMatch(Set::isEmpty)) {
                Feedback.error("training.error.unanswered");
                return;
            }
            QuizResult result = Feedback.attempt(() -> taking.submit(assignmentId, given, clientAddress()));
            if (result != null) {
                showResult(result);
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("training-submit");
        step("training.take.step.quiz", rules, questions, submit);
    }

    private void showResult(QuizResult result) {
        Paragraph verdict = new Paragraph(getTranslation(result.passed() ? "training.take.passed" : "training.take.failed",
                result.score(), result.passMark(), result.correctCount(), result.questionCount()));
        verdict.getElement().getThemeList().add(result.passed() ? "badge success" : "badge error");
        verdict.setId("training-verdict");
        VerticalLayout feedback = new VerticalLayout();
        feedback.setPadding(false);
        int number = 0;
        for (QuizResult.Feedback item : result.feedback()) {
            number++;
            Div box = new Div();
            box.addClassName("training-feedback");
            box.add(new H4(getTranslation(item.correct() ? "training.take.right" : "training.take.wrong", number,
                    item.text())));
            box.add(new Paragraph(getTranslation("training.take.rightAnswer", item.correctChoices().stream()
                    .map(index -> item.choices().get(index)).collect(Collectors.joining("、")))));
            if (item.explanation() != null) {
                box.add(new Paragraph(getTranslation("training.take.explanation", item.explanation())));
            }
            feedback.add(box);
        }
        Component next;
        if (result.passed()) {
            Button pledge = new Button(getTranslation("training.take.toPledge"), click -> showPledge());
            pledge.addThemeVariants(ButtonVariant.PRIMARY);
            pledge.setId("training-to-pledge");
            next = pledge;
        } else if (result.status() == AssignmentStatus.FAILED) {
            next = new Paragraph(getTranslation("training.take.noAttemptsLeft"));
        } else {
            Button retry = new Button(getTranslation("training.take.retry", result.attemptsLeft()), click -> showMaterial());
            retry.setId("training-retry");
            next = retry;
        }
        step("training.take.step.result", verdict, new H3(getTranslation("training.take.explanations")), feedback, next);
    }

    private void showPledge() {
        Pledge pledge = taking.pledge(assignmentId);
        Div text = new Div(pledge.getText());
        text.addClassName("training-pledge-text");
        text.getStyle().set("white-space", "pre-wrap").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-m)");
        text.setId("training-pledge-text");
        Checkbox accept = new Checkbox(getTranslation("training.take.accept"));
        accept.setId("training-pledge-accept");
        Button sign = new Button(getTranslation("training.take.sign"));
        sign.addThemeVariants(ButtonVariant.PRIMARY);
        sign.setEnabled(false);
        sign.setId("training-attest");
        accept.addValueChangeListener(event -> sign.setEnabled(event.getValue()));
        sign.addClickListener(click -> {
            Attestation attestation = Feedback.attempt(() -> taking.attest(assignmentId, pledge.getVersion(),
                    accept.getValue(), clientAddress()));
            if (attestation != null) {
                showDone(attestation);
            }
        });
        step("training.take.step.pledge", new Paragraph(getTranslation("training.take.pledgeIntro", pledge.getVersion())),
                text, accept, sign);
    }

    private void showDone(Attestation attestation) {
        Paragraph done = new Paragraph(getTranslation("training.take.done",
                JapaneseDates.dateTime(attestation.getAttestedAt()), attestation.getScore()));
        done.setId("training-done");
        Button back = new Button(getTranslation("training.take.back"), click -> getUI().ifPresent(ui -> ui.navigate(
                "training/my-tasks")));
        back.setId("training-back");
        step("training.take.step.done", done, Downloads.link("training.certificate.download",
                "certificate-" + assignmentId + ".pdf", "application/pdf",
                out -> reports.certificatePdf(assignmentId, out, getLocale())), back);
    }

    private void showClosed(AssignmentStatus status) {
        step("training.take.step.closed", new Paragraph(getTranslation(status == AssignmentStatus.FAILED
                ? "training.take.noAttemptsLeft" : "training.error.exempted")));
    }

    private TrainingAssignment assignment() {
        return assignments.get(assignmentId);
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.take.pageTitle", title);
    }
}
