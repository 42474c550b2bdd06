package jp.mamori.policy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.mamori.organisation.UserAccount;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyKind;
import jp.mamori.policy.PolicyService;
import jp.mamori.policy.PolicyStatus;
import jp.mamori.policy.PolicyText;
import jp.mamori.policy.PolicyVersion;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PolicyViewsTest extends UiTest {

    @Autowired
    PolicyService policies;

    @Test
    @SuppressWarnings("unchecked")
    void theManagerDraftsTopManagementApprovesAndTheManagerPublishes() {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        UserAccount top = fixtures.user("ceo", null, Role.TOP_MANAGEMENT);
        String title = Fixtures.unique("画面で作る規程 ");
        login(fixtures.principalOf(manager));
        navigate(PoliciesView.class);
        test($(Button.class).id("policy-new")).click();
        ((LabelledSelect<PolicyKind>) $(LabelledSelect.class).id("policy-new-kind")).setValue(PolicyKind.INTERNAL_RULES);
        test($(TextField.class).id("policy-new-title-ja")).setValue(title);
        test($(TextArea.class).id("policy-new-body")).setValue("# 目的\n本規程は架空の規程です。");
        test($(Button.class).id("policy-new-save")).click();
        assertThat(lastNotificationText()).isEqualTo("保存しました。");

        Grid<PolicyVersion> versions = $(Grid.class).id("policy-versions");
        assertThat(test(versions).size()).isEqualTo(1);
        assertThat(test(versions).getCellText(0, 1)).isEqualTo("下書き");
        test($(TextField.class).id("policy-change-summary")).setValue("新規制定");
        test($(Button.class).id("policy-submit")).click();
        assertThat(test(versions).getCellText(0, 1)).isEqualTo("承認待ち");
        assertThat($(Button.class).withId("policy-approve").all()).as("the manager cannot approve").isEmpty();

        login(fixtures.principalOf(top));
        navigate(PoliciesView.class);
        Grid<PolicyDocument> documents = $(Grid.class).id("policy-documents");
        select(documents, title);
        test($(TextField.class).id("policy-comment")).setValue("承認します");
        test($(Button.class).id("policy-approve")).click();
        versions = $(Grid.class).id("policy-versions");
        assertThat(test(versions).getCellText(0, 1)).isEqualTo("承認済み");

        login(fixtures.principalOf(manager));
        navigate(PoliciesView.class);
        select($(Grid.class).id("policy-documents"), title);
        test($(Button.class).id("policy-publish")).click();
        assertThat(lastNotificationText()).contains("第1版を公開しました");
        assertThat($(Span.class).id("policy-completion").getText()).contains("名が確認済み");
        Grid<PolicyVersion> revisions = $(Grid.class).id("policy-revisions");
        assertThat(test(revisions).size()).isEqualTo(1);
        assertThat(test(revisions).getCellText(0, 2)).startsWith("令和");
        assertThat($(Button.class).id("policy-revise").isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkerReadsAndAcknowledgesFromTheReminderLink() {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        UserAccount top = fixtures.user("ceo", null, Role.TOP_MANAGEMENT);
        UserAccount worker = fixtures.user("worker", null, Role.EMPLOYEE);
        PolicyVersion draft = Actors.as(fixtures.principalOf(manager), () -> policies.create(PolicyKind.PROCEDURE,
                Fixtures.unique("架空の手順 "), null, new PolicyText("- 手順を守る", null, null)));
        Actors.as(fixtures.principalOf(manager), () -> policies.submit(draft.getId(), null));
        Actors.as(fixtures.principalOf(top), () -> policies.approve(draft.getId(), null, null));
        PolicyVersion published = Actors.as(fixtures.principalOf(manager),
                () -> policies.publish(draft.getId(), null, null));
        assertThat(published.getStatus()).isEqualTo(PolicyStatus.PUBLISHED);

        login(fixtures.principalOf(worker));
        navigate("policies/acknowledge/" + published.getId(), AcknowledgePoliciesView.class);
        Button acknowledge = $(Button.class).id("policy-acknowledge");
        assertThat(acknowledge.isVisible()).isTrue();
        test(acknowledge).click();
        assertThat(lastNotificationText()).isEqualTo("確認を記録しました。");
        assertThat(acknowledge.isVisible()).isFalse();
        Grid<?> pending = $(Grid.class).id("policy-pending");
        for (int row = 0; row < test(pending).size(); row++) {
            assertThat(test(pending).getCellText(row, 0)).doesNotContain(published.getDocument().getTitleJa());
        }
    }

    private void select(Grid<PolicyDocument> documents, String title) {
        for (int row = 0; row < test(documents).size(); row++) {
            if (test(documents).getCellText(row, 1).equals(title)) {
                test(documents).select(row);
                return;
            }
        }
        throw new AssertionError("no document " + title);
    }
}
