package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.audit.ui.AuditView;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.support.Actors;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditEvidenceViewTest extends UiTest {

    @Autowired
    AuditService audits;
    @Autowired
    AuditEvidenceService evidence;
    @Autowired
    Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void theAnswerDialogListsTheEvidenceFilesAndOffersTheTeamAnUpload() {
        AuditScenario scenario = AuditScenario.create(fixtures);
        Audit audit = scenario.planAudit(audits, LocalDate.now(clock));
        MamoriPrincipal auditor = scenario.as(scenario.auditor);
        ChecklistItem item = Actors.as(auditor, () -> audits.addClause(audit.getId(),
                new ClauseQuestion("A.3.4.5 記録の管理", "入退室記録は保管されているか")));
        Actors.as(auditor, () -> evidence.attach(item.getId(), "入退室記録.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));

        login(auditor);
        navigate("audits/" + audit.getId(), AuditView.class);
        test((Grid<ChecklistItem>) $(Grid.class).withId("audit-checklist").single()).clickRow(0);

        assertThat($(Anchor.class).all()).anySatisfy(link -> assertThat(link.getText()).contains("入退室記録.pdf"));
        assertThat($(Upload.class).withId("checklist-evidence-upload").all()).hasSize(1);

        $(RadioButtonGroup.class).withId("checklist-answer").single().setValue(ChecklistAnswer.CONFORM);
        test($(Button.class).withId("checklist-save").single()).click();
        Grid<ChecklistItem> grid = $(Grid.class).withId("audit-checklist").single();
        assertThat(test(grid).getCellText(0, 3)).as("the checklist shows the saved answer").isEqualTo("適合");
    }
}
