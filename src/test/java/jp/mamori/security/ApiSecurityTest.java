package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MamoriIntegrationTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    LoginAuditService audit;
    @Autowired
    UserService users;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void anAdministratorListsEveryoneAnEmployeeOnlyThemselves() throws Exception {
        UserAccount admin = fixtures.user("api.admin", null, Role.ADMIN);
        UserAccount employee = fixtures.user("api.employee", null, Role.EMPLOYEE);

        mvc.perform(get("/api/v1/users").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + employee.getUsername() + "')]").exists())
                .andExpect(jsonPath("$[0].password").doesNotExist());
        assertThat(meters.find("mamori.api.admission.wait").timer().count())
                .as("every API call passes the admission queue").isPositive();
        mvc.perform(get("/api/v1/users").with(httpBasic(employee.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].username").value(employee.getUsername()));
        mvc.perform(get("/api/v1/users/" + admin.getId()).with(httpBasic(employee.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/departments").with(httpBasic(employee.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"E1\",\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void validationErrorsAreProblemDetailsNamingTheFieldInTheCallersLanguage() throws Exception {
        UserAccount admin = fixtures.user("api.admin", null, Role.ADMIN);
        mvc.perform(post("/api/v1/departments").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"\",\"name\":\"営業部\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("入力してください。"));
        mvc.perform(post("/api/v1/departments").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"\",\"name\":\"Sales\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Please fill in this field."));
    }

    @Test
    void aStaleUpdateIsAConflict() throws Exception {
        UserAccount admin = fixtures.user("api.admin", null, Role.ADMIN);
        Department department = fixtures.department("法務部");
        String body = "{\"version\":%d,\"code\":\"%s\",\"name\":\"%s\"}";
        mvc.perform(put("/api/v1/departments/" + department.getId()).with(httpBasic(admin.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0, department.getCode(), "法務・知財部")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/departments/" + department.getId()).with(httpBasic(admin.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0, department.getCode(), "法務部")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("この記録は他の利用者によって更新されています。画面を開き直してから、もう一度変更してください。"));
    }

    @Test
    void fiveFailedLoginsLockTheAccountUntilAnAdministratorResetsIt() throws Exception {
        UserAccount victim = fixtures.user("lock.me", null, Role.EMPLOYEE);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/users").with(httpBasic(victim.getUsername(), "wrong-password-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/users").with(httpBasic(victim.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());

        var admin = fixtures.principalOf(fixtures.user("api.admin", null, Role.ADMIN));
        var events = Actors.as(admin, () -> audit.search(victim.getUsername(), null,
                org.springframework.data.domain.PageRequest.of(0, 20)).getContent());
        assertThat(events).extracting(LoginEvent::getKind)
                .contains(LoginEvent.Kind.LOGIN_FAILED, LoginEvent.Kind.LOCKED_OUT);

        Actors.as(admin, () -> fixtures.resetPassword(victim, "a-brand-new-password"));
        mvc.perform(get("/api/v1/users").with(httpBasic(victim.getUsername(), "a-brand-new-password")))
                .andExpect(status().isOk());
    }

    @Test
    void personalTokensAuthenticateUntilRevoked() throws Exception {
        UserAccount owner = fixtures.user("token.owner", null, Role.EMPLOYEE);
        var principal = fixtures.principalOf(owner);
        ApiTokenService.IssuedToken issued = Actors.as(principal, () -> tokens.create("CI"));

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value(owner.getUsername()));
        Actors.as(principal, () -> tokens.revoke(issued.token().getId()));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer mmr_forged"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDeactivatedAccountsTokenIsRefusedOnItsNextCall() throws Exception {
        UserAccount owner = fixtures.user("token.leaver", null, Role.EMPLOYEE);
        ApiTokenService.IssuedToken issued = Actors.as(fixtures.principalOf(owner), () -> tokens.create("CI"));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk());

        var admin = fixtures.principalOf(fixtures.user("api.admin", null, Role.ADMIN));
        Actors.as(admin, () -> {
            UserAccount leaving = users.get(owner.getId());
            leaving.setActive(false);
            return users.save(leaving);
        });
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousCallersAreAskedToAuthenticateAndOpenApiListsTheEndpoints() throws Exception {
        mvc.perform(get("/api/v1/departments"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/users']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/departments/{id}']").exists());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }
}
