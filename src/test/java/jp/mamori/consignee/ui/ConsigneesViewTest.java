package jp.mamori.consignee.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.ThreadLocalRandom;
import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.consignee.CorporateNumber;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@MamoriIntegrationTest
class ConsigneesViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsigneeService consignees;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPrivacyManagerRegistersAConsigneeOnlyWithAValidCorporateNumber() {
        MamoriPrincipal manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
        String name = Fixtures.unique("情報処理サービス");
        navigate(ConsigneesView.class);

        test($(Button.class).withId("consignee-add").single()).click();
        $(TextField.class).withId("consignee-name").single().setValue(name);
        TextField number = $(TextField.class).withId("consignee-corporate-number").single();
        String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        int digit = CorporateNumber.checkDigit(base);
        number.setValue((digit % 9 + 1) + base);
        @SuppressWarnings("unchecked")
        Select<ConsigneeStatus> status = $(Select.class).withId("consignee-status").single();
        status.setValue(ConsigneeStatus.APPROVED);
        test($(Button.class).withId("consignee-save").single()).click();

        assertThat(number.isInvalid()).isTrue();
        assertThat(count(name)).isZero();

        number.setValue(digit + base);
        test($(Button.class).withId("consignee-save").single()).click();
        assertThat(count(name)).isEqualTo(1);
    }

    private long count(String name) {
        return SystemActor.call(() -> consignees.count(new ConsigneeFilter(name, null, null)));
    }
}
