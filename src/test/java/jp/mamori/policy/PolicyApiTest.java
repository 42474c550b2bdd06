package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The policy workflow through the REST API, with the same role checks as the screens. */
@MamoriIntegrationTest
class PolicyApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void draftApprovePublishAndAcknowledgeThroughTheApi() throws Exception {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        UserAccount top = fixtures.user("ceo", null, Role.TOP_MANAGEMENT);
        UserAccount worker = fixtures.user("worker", null, Role.EMPLOYEE);
        String document = """
                {"kind":"PROCEDURE","titleJa":"苦情対応手順","titleEn":"Complaint procedure","bodyJa":"1. 受付する"}""";
        mvc.perform(as(worker, post("/api/v1/policy-documents")).contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isForbidden());
        String created = mvc.perform(as(manager, post("/api/v1/policy-documents"))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.number").value(1))
                .andReturn().getResponse().getContentAsString();
        long versionId = ((Number) JsonPath.read(created, "$.id")).longValue();
        long documentId = ((Number) JsonPath.read(created, "$.documentId")).longValue();
        String path = "/api/v1/policy-documents/versions/" + versionId;

        mvc.perform(as(manager, put(path)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"bodyJa\":\"1. 受付する\\n2. 記録する\"}"))
                .andExpect(status().isOk());
        mvc.perform(as(manager, put(path)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"bodyJa\":\"古い版からの変更\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as(worker, get(path))).andExpect(status().isForbidden());

        mvc.perform(as(manager, post(path + "/submit"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
        mvc.perform(as(manager, post(path + "/approve"))).andExpect(status().isForbidden());
        mvc.perform(as(top, post(path + "/return")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as(top, post(path + "/approve")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"問題なし\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(as(manager, post(path + "/publish")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveOn\":\"2026-12-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.effectiveOn").value("2026-12-01"));
        mvc.perform(as(top, get(path + "/approvals"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decision").value("APPROVED"))
                .andExpect(jsonPath("$[0].comment").value("問題なし"));

        mvc.perform(as(worker, get("/api/v1/policy-documents/" + documentId))).andExpect(status().isOk())
                .andExpect(jsonPath("$.enactedOn").value("2026-12-01"))
                .andExpect(jsonPath("$.versions.length()").value(1));
        String pending = mvc.perform(as(worker, get("/api/v1/policy-documents/acknowledgements/pending")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Number>>read(pending, "$[*].versionId"))
                .extracting(Number::longValue).contains(versionId);
        mvc.perform(as(worker, post(path + "/acknowledgement"))).andExpect(status().isCreated());
        mvc.perform(as(worker, post(path + "/acknowledgement"))).andExpect(status().isUnprocessableContent());
        mvc.perform(as(worker, get(path + "/acknowledgements"))).andExpect(status().isForbidden());
        mvc.perform(as(manager, get(path + "/acknowledgements"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.workers[?(@.userId == " + worker.getId() + ")].acknowledgedAt").isNotEmpty());
        mvc.perform(as(worker, get(path + "/pdf"))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    private static MockHttpServletRequestBuilder as(UserAccount user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.getUsername(), Fixtures.PASSWORD));
    }
}
