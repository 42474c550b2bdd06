package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;

/** The form login of the UI: success, failure and logout all land in the audit trail. */
@MamoriIntegrationTest
class LoginAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LoginAuditService audit;

    @Test
    void loginFailureAndLogoutAreRecordedWithTheRemoteAddress() throws Exception {
        UserAccount worker = fixtures.user("audited", null, Role.EMPLOYEE);

        mvc.perform(formLogin("/login").user(worker.getUsername()).password("not-the-password"))
                .andExpect(unauthenticated());
        var result = mvc.perform(formLogin("/login").user(worker.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(authenticated()).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf()));

        var admin = fixtures.principalOf(fixtures.user("auditor.admin", null, Role.ADMIN));
        var events = Actors.as(admin, () -> audit.search(worker.getUsername(), null,
                PageRequest.of(0, 10, Sort.by("occurredAt", "id"))).getContent());
        assertThat(events).extracting(LoginEvent::getKind)
                .containsExactly(LoginEvent.Kind.LOGIN_FAILED, LoginEvent.Kind.LOGIN, LoginEvent.Kind.LOGOUT);
        assertThat(events).allSatisfy(event -> assertThat(event.getRemoteAddr()).isEqualTo("127.0.0.1"));
    }
}
