package jp.mamori.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import jp.mamori.audit.ActionSource;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.audit.RaiseRequest;
import jp.mamori.incident.Incident;
import jp.mamori.incident.IncidentFilter;
import jp.mamori.incident.IncidentService;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerFixtures;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class IncidentsViewTest extends UiTest {

    @Autowired
    LedgerFixtures ledger;
    @Autowired
    CorrectiveActionService actions;
    @Autowired
    IncidentService incidents;

    @Test
    @SuppressWarnings("unchecked")
    void aBreachIsLinkedToTheLedgerEntriesItConcernsAndToItsCorrectiveActionByPicking() {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        MamoriPrincipal principal = fixtures.principalOf(manager);
        String name = Fixtures.unique("会員名簿");
        LedgerEntry entry = ledger.entry(fixtures.department("会員サービス部"), manager, name);
        CorrectiveAction action = Actors.as(principal, () -> actions.raise(new RaiseRequest(ActionSource.OTHER, null,
                Fixtures.unique("誤送信防止の仕組み "), "送信前の宛先確認を二重にする", null, null, manager.getId(),
                LocalDate.of(2026, 12, 25))));
        String title = Fixtures.unique("会員名簿の誤送信 ");
        login(principal);
        navigate(IncidentsView.class);

        test($(Button.class).withId("incident-add").single()).click();
        $(TextField.class).withId("incident-title").single().setValue(title);
        $(IntegerField.class).withId("incident-persons").single().setValue(3);
        var entries = test($(MultiSelectComboBox.class).withId("incident-ledger-entries").single());
        entries.setFilter(name);
        assertThat(entries.getSuggestions()).containsExactly(entry.getReference() + " " + name);
        entries.selectItem(entry.getReference() + " " + name);
        var corrective = test($(ComboBox.class).withId("incident-corrective-action").single());
        corrective.setFilter(action.getTitle());
        corrective.selectItem("#" + action.getId() + " " + action.getTitle());
        test($(Button.class).withId("incident-save").single()).click();

        Incident saved = Actors.as(principal, () -> incidents.page(new IncidentFilter(null, null, null),
                PageRequest.of(0, 20, Sort.by(Sort.Order.desc("id")))).getContent()).stream()
                .filter(incident -> incident.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(saved.getLedgerEntryIds()).containsExactly(entry.getId());
        assertThat(saved.getCorrectiveActionId()).isEqualTo(action.getId());
    }
}
