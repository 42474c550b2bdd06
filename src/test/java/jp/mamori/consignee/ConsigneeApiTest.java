package jp.mamori.consignee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The consignee API on the real database (MockMvc on the shared context, as LedgerApiTest explains). */
@MamoriIntegrationTest
class ConsigneeApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    Messages messages;
    @Autowired
    Clock clock;
    MockMvc mvc;
    RequestPostProcessor privacyManager;
    RequestPostProcessor auditor;

    @BeforeEach
    void people() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        privacyManager = as(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        auditor = as(fixtures.user("aud", null, Role.AUDITOR));
    }

    @Test
    void anInvalidCorporateNumberIsRefusedWithAClearMessage() throws Exception {
        String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String wrong = (CorporateNumber.checkDigit(base) % 9 + 1) + base;
        mvc.perform(post("/api/v1/consignees").with(privacyManager).header("Accept-Language", "ja")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + Fixtures.unique("番号誤り株式会社") + "\",\"corporateNumber\":\"" + wrong + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("corporateNumber"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(messages.get(Messages.JAPANESE, "consignee.validation.corporateNumber")));
    }

    @Test
    void approvalByHandIsRefusedWithAClearMessageWhileOtherMovesAreAccepted() throws Exception {
        String name = Fixtures.unique("API手動承認株式会社");
        String refusal = messages.get(Messages.JAPANESE, "consignee.error.approvalByAssessment");
        mvc.perform(post("/api/v1/consignees").with(privacyManager).header("Accept-Language", "ja")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"status\":\"APPROVED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(refusal));

        Consignee approved = consigneeFixtures.consignee("API評価済み株式会社", ConsigneeStatus.APPROVED);
        String url = "/api/v1/consignees/{id}";
        mvc.perform(put(url, approved.getId()).with(privacyManager).header("Accept-Language", "ja")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + approved.getVersion() + ",\"name\":\"" + approved.getName()
                                + "\",\"status\":\"CONDITIONAL\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(refusal));
        mvc.perform(put(url, approved.getId()).with(privacyManager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + approved.getVersion() + ",\"name\":\"" + approved.getName()
                                + "\",\"services\":\"給与計算\",\"status\":\"APPROVED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.nextEvaluationDue").value(approved.getNextEvaluationDue().toString()));
        // An update that leaves the status out keeps it (it used to fall back to candidate).
        mvc.perform(put(url, approved.getId()).with(privacyManager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (approved.getVersion() + 1) + ",\"name\":\"" + approved.getName()
                                + "\",\"services\":\"給与計算・年末調整\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(put(url, approved.getId()).with(privacyManager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (approved.getVersion() + 2) + ",\"name\":\"" + approved.getName()
                                + "\",\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
    }

    @Test
    void consigneesAndTheirAssessmentsGoThroughTheApi() throws Exception {
        String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String number = CorporateNumber.checkDigit(base) + base;
        String name = Fixtures.unique("API委託先株式会社");
        String created = mvc.perform(post("/api/v1/consignees").with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"corporateNumber\":\"" + number
                                + "\",\"contact\":\"総務部 山田\",\"services\":\"給与計算\",\"status\":\"CANDIDATE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.services").value("給与計算"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 60, 40);
        List<Criterion> criteria = template.getCriteria();
        String assessment = """
                {"templateId":%d,"assessedOn":"%s","decision":"APPROVE","answers":[
                {"criterionId":%d,"answer":"MET","evidence":"Pマーク登録証の写し"},
                {"criterionId":%d,"answer":"PARTLY"}]}""".formatted(template.getId(), LocalDate.now(clock),
                criteria.get(0).getId(), criteria.get(1).getId());
        mvc.perform(post("/api/v1/consignees/{id}/assessments", id).with(auditor)
                        .contentType(MediaType.APPLICATION_JSON).content(assessment))
                .andExpect(status().isForbidden());
        String recorded = mvc.perform(post("/api/v1/consignees/{id}/assessments", id).with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content(assessment))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(80.0))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.answers", hasSize(2)))
                .andExpect(jsonPath("$.answers[0].evidence").value("Pマーク登録証の写し"))
                .andReturn().getResponse().getContentAsString();
        long assessmentId = ((Number) JsonPath.read(recorded, "$.id")).longValue();

        mvc.perform(get("/api/v1/consignees/{id}", id).with(auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.nextEvaluationDue").value(LocalDate.now(clock).plusMonths(12).toString()));
        mvc.perform(get("/api/v1/consignees/{id}/assessments", id).with(auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].decision").value("APPROVE"));
        byte[] pdf = mvc.perform(get("/api/v1/consignees/{id}/assessments/{a}/sheet.pdf", id, assessmentId).with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/consignees/{id}/assessments/{a}", id + 100_000, assessmentId).with(auditor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/consignees/assessment-templates").with(auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '委託契約条項チェックリスト')].criteria[9].position").value(10));

        mvc.perform(put("/api/v1/consignees/{id}", id).with(privacyManager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"name\":\"" + name + "\",\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/consignees").with(privacyManager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + " 再委託先\",\"parentId\":" + id + "}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/consignees").with(auditor).param("q", name + " 再委託先"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].parentId").value(id));
        mvc.perform(get("/api/v1/consignees").with(auditor).param("q", name).param("evaluationOverdue", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0)));
    }

    private RequestPostProcessor as(UserAccount user) {
        return httpBasic(user.getUsername(), Fixtures.PASSWORD);
    }
}
