package jp.mamori.consignee.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jp.mamori.consignee.AnswerLevel;
import jp.mamori.consignee.AssessmentDecision;
import jp.mamori.consignee.AssessmentService;
import jp.mamori.consignee.AssessmentTemplate;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeFixtures;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.MamoriIntegrationTest;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MamoriIntegrationTest
class AssessmentViewTest extends UiTest {

    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    ConsigneeService consignees;
    @Autowired
    AssessmentService assessments;

    @Test
    void theScoreFollowsTheAnswersAndAConditionalApprovalNeedsItsConditions() {
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 70, 30);
        Consignee consignee = consigneeFixtures.consignee("画面で評価する会社", ConsigneeStatus.CANDIDATE);
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        navigate("consignees/" + consignee.getId() + "/assess", AssessmentView.class);

        @SuppressWarnings("unchecked")
        Select<AssessmentTemplate> templateSelect = $(Select.class).withId("assessment-template").single();
        templateSelect.setValue(template);
        Span score = $(Span.class).withId("assessment-score").single();
        Span result = $(Span.class).withId("assessment-result").single();
        answer(1, AnswerLevel.MET);
        assertThat(score.getText()).startsWith("100.0%");
        answer(2, AnswerLevel.NOT_MET);
        assertThat(score.getText()).isEqualTo(t("consignee.assessment.live", "70.0", 70));
        assertThat(result.getText()).isEqualTo(t("consignee.assessment.pass"));
        answer(1, AnswerLevel.PARTLY);
        assertThat(score.getText()).startsWith("35.0%");
        assertThat(result.getText()).isEqualTo(t("consignee.assessment.fail"));
        answer(1, AnswerLevel.MET);

        @SuppressWarnings("unchecked")
        Select<AssessmentDecision> decision = $(Select.class).withId("assessment-decision").single();
        decision.setValue(AssessmentDecision.APPROVE_WITH_CONDITIONS);
        test($(Button.class).withId("assessment-save").single()).click();
        assertThat(lastNotificationText()).contains(t("consignee.assessment.error.conditionsRequired"));
        assertThat(SystemActor.call(() -> assessments.history(consignee.getId()))).isEmpty();

        $(TextArea.class).withId("assessment-conditions").single().setValue("3か月以内に入退室管理を整備");
        test($(Button.class).withId("assessment-save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ConsigneeView.class);
        assertThat(SystemActor.call(() -> consignees.get(consignee.getId())).getStatus())
                .isEqualTo(ConsigneeStatus.CONDITIONAL);
        assertThat(SystemActor.call(() -> assessments.history(consignee.getId()))).singleElement()
                .satisfies(a -> assertThat(a.getConditions()).isEqualTo("3か月以内に入退室管理を整備"));
    }

    @SuppressWarnings("unchecked")
    private void answer(int position, AnswerLevel level) {
        $(RadioButtonGroup.class).withId("assessment-answer-" + position).single().setValue(level);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
