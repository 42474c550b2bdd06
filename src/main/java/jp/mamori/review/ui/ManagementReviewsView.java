package jp.mamori.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.review.ManagementReview;
import jp.mamori.review.ManagementReviewService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The management reviews, newest first; the privacy manager starts the draft of a period here. */
@Route(value = "management-reviews", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.TOP_MANAGEMENT, Role.Names.AUDITOR})
@NavigationEntry(group = NavGroup.INTERNAL_AUDIT, label = "nav.review", order = 40)
public class ManagementReviewsView extends VerticalLayout implements HasDynamicTitle {

    private final ManagementReviewService reviews;
    private final Clock clock;

    public ManagementReviewsView(ManagementReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
        setSizeFull();
        Grid<ManagementReview> grid = new Grid<>();
        grid.addColumn(r -> JapaneseDates.iso(r.getPeriodFrom()) + " 〜 " + JapaneseDates.iso(r.getPeriodTo()))
                .setHeader(getTranslation("review.period")).setAutoWidth(true);
        grid.addColumn(r -> JapaneseDates.iso(r.getMeetingDate())).setHeader(getTranslation("review.meetingDate"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.getStatus().labelKey())).setHeader(getTranslation("review.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getDecidedBy() == null ? "" : r.getDecidedBy().getDisplayName())
                .setHeader(getTranslation("review.decidedBy")).setAutoWidth(true);
        grid.setItems(reviews.list());
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.setId("review-grid");
        grid.addItemClickListener(event -> open(event.getItem()));
        Button create = new Button(getTranslation("review.create"), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("review-create");
        create.setVisible(CurrentUser.require().hasRole(Role.PRIVACY_MANAGER));
        add(create, grid);
        expand(grid);
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.create"));
        LocalDate today = LocalDate.now(clock);
        DatePicker from = new DatePicker(getTranslation("review.periodFrom"), today.minusYears(1).plusDays(1));
        from.setId("review-from");
        DatePicker to = new DatePicker(getTranslation("review.periodTo"), today);
        to.setId("review-to");
        DatePicker meeting = new DatePicker(getTranslation("review.meetingDate"));
        TextField attendees = new TextField(getTranslation("review.attendees"));
        attendees.setMaxLength(1000);
        FormLayout form = new FormLayout(from, to, meeting, attendees);
        dialog.add(new Paragraph(getTranslation("review.create.help")), form);
        Button create = new Button(getTranslation("review.create"), click -> {
            ManagementReview review = Feedback.attempt(() -> reviews.create(from.getValue(), to.getValue(),
                    meeting.getValue(), attendees.getValue(), getLocale()));
            if (review != null) {
                dialog.close();
                open(review);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("review-create-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), create);
        dialog.open();
    }

    private void open(ManagementReview review) {
        getUI().ifPresent(ui -> ui.navigate("management-reviews/" + review.getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review");
    }
}
