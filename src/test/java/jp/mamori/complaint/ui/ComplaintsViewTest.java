package jp.mamori.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.mamori.complaint.Complaint;
import jp.mamori.complaint.ComplaintCategory;
import jp.mamori.complaint.ComplaintKind;
import jp.mamori.request.ContactChannel;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ComplaintsViewTest extends UiTest {

    @Autowired
    Messages messages;

    @Test
    @SuppressWarnings("unchecked")
    void aComplaintIsRecordedSavedReopenedAndClosedWithCancel() {
        MamoriPrincipal manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        String subject = Fixtures.unique("案内メールの配信停止 ");
        login(manager);
        navigate(ComplaintsView.class);

        test($(Button.class).withId("complaint-add").single()).click();
        $(Select.class).withId("complaint-channel").single().setValue(ContactChannel.EMAIL);
        $(Select.class).withId("complaint-kind").single().setValue(ComplaintKind.COMPLAINT);
        $(Select.class).withId("complaint-category").single().setValue(ComplaintCategory.DIRECT_MARKETING);
        TextField subjectField = $(TextField.class).withId("complaint-subject").single();
        subjectField.setValue(subject);
        test($(Button.class).withId("complaint-save").single()).click();

        assertThat(lastNotificationText()).isEqualTo(messages.get(Messages.JAPANESE, "common.saved"));
        Grid<Complaint> grid = $(Grid.class).withId("complaint-grid").single();
        assertThat(test(grid).size()).isPositive();
        assertThat(subjectField.getValue()).isEqualTo(subject);
        assertThat(subjectField.isReadOnly()).isFalse();

        test($(Button.class).withText(messages.get(Messages.JAPANESE, "action.cancel")).single()).click();
        assertThat(subjectField.getValue()).isEmpty();
        assertThat(subjectField.isReadOnly()).isTrue();
        assertThat($(Button.class).withId("complaint-save").single().isEnabled()).isFalse();
    }

    @Test
    void readersSeeTheFormReadOnlyAndAnUnknownIdInTheAddressOpensNothing() {
        login(fixtures.principalOf(fixtures.user("auditor", null, Role.AUDITOR)));
        navigate("complaints/999999999", ComplaintsView.class);

        assertThat(lastNotificationText()).isEqualTo(messages.get(Messages.JAPANESE, "error.notFound"));
        assertThat($(Button.class).withId("complaint-save").all()).as("visible save buttons").isEmpty();
        assertThat($(Button.class).withId("complaint-add").all()).as("visible add buttons").isEmpty();
        assertThat($(TextField.class).withId("complaint-subject").single().isReadOnly()).isTrue();
    }
}
