package jp.mamori.request;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.ledger.LedgerFixtures;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The three registers through the REST API: who may read, who may write, what comes back. */
@MamoriIntegrationTest
class RegistersApiTest {

    private static final String REQUEST = """
            {"type":"DISCLOSURE","receivedOn":"2026-04-28","channel":"POST","requesterName":"山田 太郎",
             "responseDue":"1999-01-01"}""";
    private static final String COMPLAINT = """
            {"receivedOn":"2026-04-28","channel":"PHONE","kind":"COMPLAINT","category":"DIRECT_MARKETING",
             "subject":"DM の送付停止","firstResponseOn":"2026-04-28"}""";
    private static final String INCIDENT = """
            {"title":"誤送信","learnedOn":"2026-04-01","affectedPersons":2,"specialCare":true}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledger;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/subject-requests", "/api/v1/complaints", "/api/v1/incidents"})
    void employeesAndAdministratorsAreRefusedEveryRegister(String path) throws Exception {
        for (Role role : new Role[] {Role.EMPLOYEE, Role.ADMIN}) {
            UserAccount user = fixtures.user("nobody", null, role);
            mvc.perform(get(path).with(httpBasic(user.getUsername(), Fixtures.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post(path).with(httpBasic(user.getUsername(), Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body(path)))
                    .andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/subject-requests", "/api/v1/complaints", "/api/v1/incidents"})
    void theManagerWritesAuditorsAndTopManagementOnlyRead(String path) throws Exception {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        String created = mvc.perform(post(path).with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(path)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(created, "$.id");
        for (Role reader : new Role[] {Role.AUDITOR, Role.TOP_MANAGEMENT}) {
            UserAccount user = fixtures.user("reader", null, reader);
            mvc.perform(get(path + "/" + id).with(httpBasic(user.getUsername(), Fixtures.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(id));
            mvc.perform(get(path).with(httpBasic(user.getUsername(), Fixtures.PASSWORD)))
                    .andExpect(status().isOk());
            mvc.perform(post(path).with(httpBasic(user.getUsername(), Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body(path)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aRequestGetsItsResponseDateFromTheProcedureAndAStaleUpdateIsAConflict() throws Exception {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        long first = ledgerEntry(manager);
        long second = ledgerEntry(manager);
        String request = linkedTo(second, first);
        String created = mvc.perform(post("/api/v1/subject-requests")
                        .with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.responseDue").value("2026-05-12"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.feeAmount").value(0))
                .andExpect(jsonPath("$.ledgerEntryIds").value(contains((int) first, (int) second)))
                .andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(created, "$.id");
        String update = request.replace("\"requesterName\":\"山田 太郎\"", "\"version\":0,\"requesterName\":\"山田 花子\"");
        mvc.perform(put("/api/v1/subject-requests/" + id).with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/subject-requests/" + id).with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict());
    }

    @Test
    void brokenRulesAndMissingFieldsAreProblemDetailsNamingTheField() throws Exception {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        mvc.perform(post("/api/v1/subject-requests").with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST.replace("\"channel\":\"POST\"", "\"channel\":\"POST\",\"proxyKind\":\"MANDATED_AGENT\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("proxyDocuments"));
        mvc.perform(post("/api/v1/incidents").with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\",\"affectedPersons\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("learnedOn"));
        mvc.perform(post("/api/v1/complaints").with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(COMPLAINT.replace("\"firstResponseOn\":\"2026-04-28\"", "\"firstResponseOn\":\"2026-04-27\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("firstResponseOn"));
    }

    @Test
    void aRequestCannotConcernALedgerEntryThatDoesNotExist() throws Exception {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        long missing = ledgerEntry(manager) + 1_000_000;
        mvc.perform(post("/api/v1/subject-requests").with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(linkedTo(missing)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The linked record does not exist or you may not see it (ID: "
                        + missing + ")."))
                .andExpect(jsonPath("$.errors[0].field").value("ledgerEntryIds"));
    }

    private long ledgerEntry(UserAccount manager) {
        return ledger.entry(fixtures.department("営業部"), manager, Fixtures.unique("開示対象の顧客名簿 ")).getId();
    }

    private static String linkedTo(long... ids) {
        return REQUEST.replace("\"responseDue\"", "\"ledgerEntryIds\":" + java.util.Arrays.toString(ids).replace(" ", "")
                + ",\"responseDue\"");
    }

    private static String body(String path) {
        return switch (path) {
            case "/api/v1/subject-requests" -> REQUEST;
            case "/api/v1/complaints" -> COMPLAINT;
            default -> INCIDENT;
        };
    }
}
