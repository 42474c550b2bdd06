package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MamoriIntegrationTest
@AutoConfigureMockMvc
class AuditApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;

    AuditScenario scenario;
    LocalDate today;

    @BeforeEach
    void organisation() {
        scenario = AuditScenario.create(fixtures);
        today = LocalDate.now(clock);
    }

    @Test
    void theIndependenceRuleIsAnUnprocessableProblem() throws Exception {
        UserAccount insider = fixtures.user("insider", scenario.audited, Role.AUDITOR);
        mvc.perform(post("/api/v1/audits").with(as(scenario.lead)).contentType(MediaType.APPLICATION_JSON)
                        .content(auditBody(insider.getId())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("leadAuditorId"))
                .andExpect(jsonPath("$.detail").value(containsString("自部門を監査できません")));
        mvc.perform(post("/api/v1/audits").with(as(scenario.privacyManager)).contentType(MediaType.APPLICATION_JSON)
                        .content(auditBody(scenario.lead.getId())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLifecycleIsEnforcedThroughTheApi() throws Exception {
        JsonNode audit = read(mvc.perform(post("/api/v1/audits").with(as(scenario.lead))
                        .contentType(MediaType.APPLICATION_JSON).content(auditBody(scenario.lead.getId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.subject").value("営業部")));
        long auditId = audit.get("id").asLong();
        JsonNode checklist = read(mvc.perform(post("/api/v1/audits/" + auditId + "/checklist").with(as(scenario.auditor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"safeguardCodes\":[\"PPC-6-2-01\"],\"clauses\":[{\"clauseRef\":\"A.3.4.5 認識\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2))));
        JsonNode item = checklist.get(1);
        mvc.perform(put("/api/v1/audits/" + auditId + "/checklist/" + item.get("id").asLong()).with(as(scenario.auditor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + item.get("version").asLong()
                                + ",\"answer\":\"NONCONFORM\",\"notes\":\"未受講者あり\",\"evidence\":\"受講記録\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").value("NONCONFORM"));

        JsonNode finding = read(mvc.perform(post("/api/v1/findings").with(as(scenario.auditor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"auditId\":" + auditId + ",\"checklistItemId\":" + item.get("id").asLong()
                                + ",\"grade\":\"MINOR_NONCONFORMITY\",\"description\":\"教育の未受講者が2名いる\","
                                + "\"evidence\":\"2026年度 受講記録\",\"actionOwnerId\":" + scenario.privacyManager.getId() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clauseRef").value("A.3.4.5 認識"))
                .andExpect(jsonPath("$.status").value("IN_CORRECTION"))
                .andExpect(jsonPath("$.correctiveActionStatus").value("IMMEDIATE_CORRECTION")));
        long actionId = finding.get("correctiveActionId").asLong();
        String transitions = "/api/v1/corrective-actions/" + actionId + "/transitions";
        UserAccount owner = scenario.privacyManager;

        transition(owner, transitions, "{\"to\":\"PLANNING\",\"immediateCorrection\":\"受講させた\",\"rootCause\":\"督促なし\","
                + "\"plan\":\"督促する\",\"dueDate\":\"" + today.plusDays(5) + "\"}", "ja")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("原因分析を飛ばすことはできません。修正（応急処置）の次は原因分析です。"));
        transition(owner, transitions, "{\"to\":\"CLOSED\",\"verification\":\"確認\"}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("cannot be closed without verifying its effectiveness")));
        transition(scenario.worker, transitions, "{\"to\":\"ROOT_CAUSE_ANALYSIS\",\"immediateCorrection\":\"x\"}", "ja")
                .andExpect(status().isForbidden());
        transition(owner, transitions, "{\"to\":\"ROOT_CAUSE_ANALYSIS\",\"version\":999,\"immediateCorrection\":\"x\"}", "ja")
                .andExpect(status().isConflict());

        transition(owner, transitions, "{\"to\":\"ROOT_CAUSE_ANALYSIS\",\"immediateCorrection\":\"未受講者に受講させた\"}", "ja")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ROOT_CAUSE_ANALYSIS"));
        transition(owner, transitions, "{\"to\":\"PLANNING\",\"rootCause\":\"督促の仕組みがない\"}", "ja")
                .andExpect(status().isOk());
        transition(owner, transitions, "{\"to\":\"IMPLEMENTATION\",\"plan\":\"毎月督促する\"}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        transition(owner, transitions, "{\"to\":\"IMPLEMENTATION\",\"plan\":\"毎月督促する\",\"dueDate\":\""
                + today.plusDays(20) + "\"}", "ja").andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value(today.plusDays(20).toString()));
        transition(owner, transitions, "{\"to\":\"VERIFICATION\",\"implementation\":\"督促を開始した\"}", "ja")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextSteps", hasSize(2)));
        transition(owner, transitions, "{\"to\":\"CLOSED\",\"verification\":\"受講率100%\"}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("owns this corrective action and cannot verify")));
        transition(scenario.lead, transitions, "{\"to\":\"CLOSED\",\"verification\":\"受講率100%を確認\",\"comment\":\"有効\"}", "ja")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.verifiedBy").value(scenario.lead.getDisplayName()))
                .andExpect(jsonPath("$.timeline", hasSize(6)))
                .andExpect(jsonPath("$.timeline[5].actor").value(scenario.lead.getUsername()))
                .andExpect(jsonPath("$.timeline[5].comment").value("有効"));

        mvc.perform(get("/api/v1/findings/" + finding.get("id").asLong()).with(as(scenario.lead)))
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/corrective-actions").param("mine", "true").with(as(scenario.privacyManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(actionId));
        mvc.perform(get("/api/v1/audits/" + auditId).with(as(scenario.manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checklist", hasSize(2)))
                .andExpect(jsonPath("$.findings[0].correctiveActionStatus").value("CLOSED"));
        byte[] pdf = mvc.perform(get("/api/v1/audits/" + auditId + "/report").with(as(scenario.manager)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void reviewsAreDraftedByThePrivacyManagerAndDecidedByTopManagement() throws Exception {
        UserAccount ceo = fixtures.user("ceo", null, Role.TOP_MANAGEMENT);
        JsonNode review = read(mvc.perform(post("/api/v1/management-reviews").with(as(scenario.privacyManager))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodFrom\":\"" + today.minusYears(1) + "\",\"periodTo\":\"" + today
                                + "\",\"meetingDate\":\"" + today + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.sections[0].title").value("Status of actions from the previous management review")));
        long id = review.get("id").asLong();
        mvc.perform(post("/api/v1/management-reviews/" + id + "/decision").with(as(scenario.privacyManager))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decisions\":\"承認\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/management-reviews/" + id + "/decision").with(as(ceo))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decisions\":\" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("decisions"));
        mvc.perform(post("/api/v1/management-reviews/" + id + "/decision").with(as(ceo))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + review.get("version").asLong()
                                + ",\"decisions\":\"PMSを継続する\",\"instructions\":\"監査員を育成すること\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"));
        mvc.perform(put("/api/v1/management-reviews/" + id).with(as(scenario.privacyManager))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sections\":[]}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/management-reviews/" + id + "/minutes").with(as(ceo)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    private ResultActions transition(UserAccount actor, String path, String body, String language) throws Exception {
        return mvc.perform(post(path).with(as(actor)).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void evidenceFilesAreAttachedListedAndDownloadedThroughTheApi() throws Exception {
        long auditId = read(mvc.perform(post("/api/v1/audits").with(as(scenario.lead))
                        .contentType(MediaType.APPLICATION_JSON).content(auditBody(scenario.lead.getId())))
                .andExpect(status().isCreated())).get("id").asLong();
        long itemId = read(mvc.perform(post("/api/v1/audits/" + auditId + "/checklist").with(as(scenario.auditor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clauses\":[{\"clauseRef\":\"A.3.4.5 記録\"}]}"))
                .andExpect(status().isOk())).get(0).get("id").asLong();
        String path = "/api/v1/audits/" + auditId + "/checklist/" + itemId + "/evidence";
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        long evidenceId = read(mvc.perform(multipart(path).file(new MockMultipartFile("file", "記録.pdf",
                        "application/octet-stream", pdf)).with(as(scenario.auditor)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("記録.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))).get("id").asLong();
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "setup.pdf", "application/pdf",
                        new byte[] {'M', 'Z', 0, 0})).with(as(scenario.auditor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("実行ファイル")));
        mvc.perform(get(path).with(as(scenario.privacyManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/audits/evidence/" + evidenceId).with(as(scenario.privacyManager)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/api/v1/audits/evidence/" + evidenceId).with(as(scenario.worker)))
                .andExpect(status().isForbidden());
    }

    private String auditBody(long leadId) {
        return "{\"kind\":\"DEPARTMENT\",\"departmentIds\":[" + scenario.audited.getId() + "],\"plannedDate\":\""
                + today.plusDays(7) + "\",\"leadAuditorId\":" + leadId + ",\"auditorIds\":[" + scenario.auditor.getId()
                + "],\"scope\":\"教育と安全管理\",\"criteria\":\"JIS Q 15001:2017\"}";
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static RequestPostProcessor as(UserAccount user) {
        return httpBasic(user.getUsername(), Fixtures.PASSWORD);
    }
}
