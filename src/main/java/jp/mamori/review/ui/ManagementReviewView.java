package jp.mamori.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.review.ManagementReview;
import jp.mamori.review.ManagementReviewMinutes;
import jp.mamori.review.ManagementReviewService;
import jp.mamori.review.ReviewDraft;
import jp.mamori.review.ReviewStatus;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;

/**
 * A management review: the privacy manager edits the gathered sections and the meeting; top
 * management records decisions and instructions, which locks it; the minutes as PDF.
 */
@Route(value = "management-reviews/:reviewId(\\d+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.TOP_MANAGEMENT, Role.Names.AUDITOR})
public class ManagementReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ManagementReviewService reviews;
    private final ManagementReviewMinutes minutes;
    private final H2 title = new H2();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final DatePicker meetingDate = new DatePicker();
    private final TextField attendees = new TextField();
    private final VerticalLayout sections = new VerticalLayout();
    private final TextArea decisions = new TextArea();
    private final TextArea instructions = new TextArea();
    private final Button decide = new Button();
    private final List<SectionEditor> editors = new ArrayList<>();
    private ManagementReview review;

    public ManagementReviewView(ManagementReviewService reviews, ManagementReviewMinutes minutes) {
        this.reviews = reviews;
        this.minutes = minutes;
        meetingDate.setLabel(getTranslation("review.meetingDate"));
        meetingDate.setId("review-meeting-date");
        attendees.setLabel(getTranslation("review.attendees"));
        attendees.setMaxLength(1000);
        attendees.setWidthFull();
        sections.setPadding(false);
        sections.setId("review-sections");
        decisions.setLabel(getTranslation("review.decisions"));
        decisions.setMaxLength(8000);
        decisions.setWidthFull();
        decisions.setId("review-decisions");
        instructions.setLabel(getTranslation("review.instructions"));
        instructions.setMaxLength(8000);
        instructions.setWidthFull();
        instructions.setId("review-instructions");
        decide.setText(getTranslation("review.decide"));
        decide.addThemeVariants(ButtonVariant.PRIMARY);
        decide.setId("review-decide");
        decide.addClickListener(click -> decide());
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        FormLayout meeting = new FormLayout(meetingDate, attendees);
        add(title, status, toolbar, meeting, new H3(getTranslation("review.minutes.inputs")), sections,
                new H3(getTranslation("review.decisions")), decisions, instructions, decide);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(reviews.get(event.getRouteParameters().getLong("reviewId").orElseThrow()));
    }

    private void show(ManagementReview shown) {
        review = shown;
        MamoriPrincipal me = CurrentUser.require();
        boolean draft = review.getStatus() == ReviewStatus.DRAFT;
        boolean editable = draft && me.hasRole(Role.PRIVACY_MANAGER);
        title.setText(getTranslation("review.title", JapaneseDates.iso(review.getPeriodFrom()),
                JapaneseDates.iso(review.getPeriodTo())));
        status.setText(getTranslation(review.getStatus().labelKey()) + (review.getDecidedBy() == null ? ""
                : "　" + review.getDecidedBy().getDisplayName() + "　"
                + JapaneseDates.dateTime(review.getDecidedAt())));
        meetingDate.setValue(review.getMeetingDate());
        attendees.setValue(review.getAttendees() == null ? "" : review.getAttendees());
        meetingDate.setReadOnly(!editable);
        attendees.setReadOnly(!editable);
        sections.removeAll();
        editors.clear();
        review.getSections().forEach(section -> addEditor(section.getId(), section.getTitle(), section.getBody(), editable));

        toolbar.removeAll();
        if (editable) {
            Button save = new Button(getTranslation("action.save"), click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("review-save");
            Button add = new Button(getTranslation("review.section.add"), click -> addEditor(null, "", "", true));
            add.setId("review-add-section");
            toolbar.add(save, add);
        }
        long id = review.getId();
        toolbar.add(Downloads.link("review.minutes.download", "management-review-" + id + ".pdf", "application/pdf",
                out -> minutes.write(id, out, getLocale())));

        boolean decides = draft && me.hasRole(Role.TOP_MANAGEMENT);
        decisions.setValue(review.getDecisions() == null ? "" : review.getDecisions());
        instructions.setValue(review.getInstructions() == null ? "" : review.getInstructions());
        decisions.setReadOnly(!decides);
        instructions.setReadOnly(!decides);
        decide.setVisible(decides);
    }

    private void addEditor(Long id, String heading, String body, boolean editable) {
        SectionEditor editor = new SectionEditor(id, heading, body, editable);
        editors.add(editor);
        sections.add(editor);
    }

    private void save() {
        List<ReviewDraft.Section> edited = editors.stream().filter(e -> !e.removed)
                .map(e -> new ReviewDraft.Section(e.id, e.heading.getValue(), e.body.getValue())).toList();
        ManagementReview saved = Feedback.attempt(() -> reviews.saveDraft(review.getId(), review.getVersion(),
                new ReviewDraft(meetingDate.getValue(), attendees.getValue(), edited)));
        if (saved != null) {
            Feedback.success("common.saved");
            show(saved);
        }
    }

    private void decide() {
        ManagementReview decided = Feedback.attempt(() -> reviews.decide(review.getId(), review.getVersion(),
                decisions.getValue(), instructions.getValue()));
        if (decided != null) {
            Feedback.success("review.decided");
            show(decided);
        }
    }

    /** One editable section: its title and text, and a way to drop it from the draft. */
    private final class SectionEditor extends VerticalLayout {
        private final Long id;
        private final TextField heading = new TextField();
        private final TextArea body = new TextArea();
        private boolean removed;

        SectionEditor(Long id, String headingText, String bodyText, boolean editable) {
            this.id = id;
            setPadding(false);
            addClassName("review-section");
            heading.setValue(headingText == null ? "" : headingText);
            heading.setMaxLength(300);
            heading.setWidthFull();
            heading.setAriaLabel(getTranslation("review.section.title"));
            body.setValue(bodyText == null ? "" : bodyText);
            body.setMaxLength(20000);
            body.setWidthFull();
            body.setAriaLabel(getTranslation("review.section.body"));
            heading.setReadOnly(!editable);
            body.setReadOnly(!editable);
            add(heading, body);
            if (editable) {
                Button remove = new Button(getTranslation("review.section.remove"), click -> {
                    removed = true;
                    setVisible(false);
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                add(remove);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review");
    }
}
