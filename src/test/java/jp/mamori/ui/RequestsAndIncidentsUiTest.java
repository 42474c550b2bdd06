package jp.mamori.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import jp.mamori.complaint.ui.ComplaintsView;
import jp.mamori.incident.Incident;
import jp.mamori.incident.IncidentFilter;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.ui.IncidentsView;
import jp.mamori.request.ContactChannel;
import jp.mamori.request.RequestType;
import jp.mamori.request.ui.RequestProcedureView;
import jp.mamori.request.ui.SubjectRequestsView;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.support.Fixtures;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class RequestsAndIncidentsUiTest extends UiTest {

    @Autowired
    IncidentService incidents;

    @Test
    void theBreachFormShowsReportabilityAndDeadlinesAsTheBoxesAreTicked() {
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        navigate(IncidentsView.class);
        test($(Button.class).withId("incident-add").single()).click();

        String title = Fixtures.unique("誤送信");
        test($(TextField.class).withId("incident-title").single()).setValue(title);
        $(DatePicker.class).withId("incident-learned-on").single().setValue(LocalDate.of(2026, 4, 6));
        $(IntegerField.class).withId("incident-persons").single().setValue(12);
        assertThat(text("incident-verdict")).isEqualTo("報告対象外");
        assertThat(text("incident-reasons")).isEqualTo("報告対象となる事態に該当しない");

        test($(Checkbox.class).withId("incident-special-care").single()).click();
        assertThat(text("incident-verdict")).isEqualTo("報告対象");
        assertThat(text("incident-reasons")).isEqualTo("要配慮個人情報");
        assertThat(text("incident-final-due")).isEqualTo("2026-05-07（令和8年5月7日）");
        assertThat(text("incident-preliminary-due"))
                .isEqualTo("速やかに（目安 2026-04-09（令和8年4月9日）、遅くとも 2026-04-11（令和8年4月11日））");

        test($(Checkbox.class).withId("incident-improper-purpose").single()).click();
        assertThat(text("incident-final-due")).isEqualTo("2026-06-05（令和8年6月5日）");

        test($(Checkbox.class).withId("incident-strong-encryption").single()).click();
        assertThat(text("incident-verdict")).isEqualTo("報告対象外");
        assertThat(text("incident-reasons")).isEqualTo("対象外：高度な暗号化等の措置");
        assertThat(text("incident-final-due")).isEqualTo("—");

        test($(Checkbox.class).withId("incident-strong-encryption").single()).click();
        test($(Button.class).withId("incident-save").single()).click();
        assertThat(lastNotificationText()).isEqualTo("保存しました。");
        Incident saved = SystemActor.call(() -> incidents.page(IncidentFilter.none(), PageRequest.of(0, 1000))
                .stream().filter(i -> i.getTitle().equals(title)).findFirst().orElseThrow());
        assertThat(saved.isReportable()).isTrue();
        assertThat(saved.getFinalReportDue()).isEqualTo(LocalDate.of(2026, 6, 5));
    }

    @Test
    void aRequestRecordedThroughTheFormGetsItsResponseDate() {
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        navigate(SubjectRequestsView.class);
        test($(Button.class).withId("request-add").single()).click();

        @SuppressWarnings("unchecked")
        LabelledSelect<RequestType> type = $(LabelledSelect.class).withId("request-type").single();
        type.setValue(RequestType.DISCLOSURE);
        @SuppressWarnings("unchecked")
        LabelledSelect<ContactChannel> channel = $(LabelledSelect.class).withId("request-channel").single();
        channel.setValue(ContactChannel.EMAIL);
        $(DatePicker.class).withId("request-received-on").single().setValue(LocalDate.of(2026, 4, 28));
        assertThat($(TextField.class).withId("request-response-due").single().getValue()).isEqualTo("2026-05-12");
        String requester = Fixtures.unique("請求者");
        test($(TextField.class).withId("request-requester-name").single()).setValue(requester);
        test($(Button.class).withId("request-save").single()).click();
        assertThat(lastNotificationText()).isEqualTo("保存しました。");

        @SuppressWarnings("unchecked")
        Grid<jp.mamori.request.SubjectRequest> grid = $(Grid.class).withId("request-grid").single();
        assertThat(test(grid).size()).isPositive();
    }

    @Test
    void auditorsReadWithoutEditingAndEmployeesAreRefused() {
        login(fixtures.principalOf(fixtures.user("auditor", null, Role.AUDITOR)));
        navigate(IncidentsView.class);
        assertThat($(Button.class).withId("incident-add").exists()).as("no add button for readers").isFalse();
        navigate(ComplaintsView.class);
        assertThat($(Button.class).withId("complaint-add").exists()).isFalse();
        navigate(RequestProcedureView.class);
        assertThat($(IntegerField.class).withId("procedure-days").single().isReadOnly()).isTrue();

        login(fixtures.principalOf(fixtures.user("worker", null, Role.EMPLOYEE)));
        for (Class<? extends com.vaadin.flow.component.Component> view : java.util.List.of(SubjectRequestsView.class,
                ComplaintsView.class, IncidentsView.class, RequestProcedureView.class)) {
            try {
                navigate(view);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // The browserless router reports the refused navigation; either way the view must not open.
            }
            assertThat(getCurrentView()).isNotInstanceOf(view);
        }
    }

    private String text(String id) {
        return $(Span.class).withId(id).single().getText();
    }
}
