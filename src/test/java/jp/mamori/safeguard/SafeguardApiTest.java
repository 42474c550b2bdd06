package jp.mamori.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.Arrays;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MamoriIntegrationTest
class SafeguardApiTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CatalogueImporter importer;
    @Autowired
    SafeguardCatalogueService catalogue;
    @Autowired
    SafeguardSettings settings;
    @Autowired
    JdbcTemplate jdbc;

    Department department;
    UserAccount manager;
    UserAccount checker;
    UserAccount auditor;
    TestFramework framework;

    @BeforeEach
    void organisation() {
        department = fixtures.department("情報システム部");
        manager = fixtures.user("pm", department, Role.PRIVACY_MANAGER);
        checker = fixtures.user("checker", department);
        auditor = fixtures.user("auditor", department, Role.AUDITOR);
        framework = TestFramework.create(importer, catalogue, department, null, 1, 0);
    }

    @Test
    void evidenceIsCheckedOnUploadAndVerifiedOnDownload() throws Exception {
        long[] ids = startCheckAndAnswer();
        long checkId = ids[0];
        long answerId = ids[1];
        String evidencePath = "/api/v1/operational-checks/" + checkId + "/answers/" + answerId + "/evidence";

        String uploaded = mvc.perform(multipart(evidencePath).file(file("入退室記録.pdf", PDF)).with(as(checker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").value(SafeguardEvidence.checksum(PDF)))
                .andReturn().getResponse().getContentAsString();
        long evidenceId = JSON.readTree(uploaded).get("id").asLong();

        byte[] program = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3}, 4096);
        mvc.perform(multipart(evidencePath).file(file("report.pdf", program)).with(as(checker))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("\"report.pdf\" is a program")));
        byte[] oversize = Arrays.copyOf(PDF, (int) settings.evidenceMaxBytes() + 1);
        mvc.perform(multipart(evidencePath).file(file("big.pdf", oversize)).with(as(checker)).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("大きすぎます")));
        assertThat(jdbc.queryForObject("select count(*) from safeguard_evidence where answer_id = ?", Long.class, answerId))
                .as("refused files leave nothing behind").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from safeguard_evidence_content c join safeguard_evidence e "
                + "on e.id = c.evidence_id where e.answer_id = ?", Long.class, answerId)).isEqualTo(1);

        mvc.perform(get("/api/v1/operational-checks/evidence/" + evidenceId).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));

        byte[] tampered = PDF.clone();
        tampered[10] = 'X';
        jdbc.update("update safeguard_evidence_content set content = ? where evidence_id = ?", tampered, evidenceId);
        mvc.perform(get("/api/v1/operational-checks/evidence/" + evidenceId).with(as(auditor)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("no longer matches the checksum")));
    }

    @Test
    void catalogueAndReadinessFollowTheRoles() throws Exception {
        mvc.perform(get("/api/v1/safeguards").param("framework", "PPC").with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("PPC-5-1-03")));
        mvc.perform(get("/api/v1/safeguards").param("framework", "PPC").with(as(checker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/safeguards/readiness").param("framework", framework.code).with(as(auditor))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rule").value(containsString("at least 70%")))
                .andExpect(jsonPath("$[0].ready").value(false))
                .andExpect(jsonPath("$[0].blocking[0].code").value(framework.mandatory.getFirst().getCode()));

        startCheckAndAnswer();
        mvc.perform(get("/api/v1/safeguards/readiness").param("framework", framework.code).with(as(auditor)))
                .andExpect(jsonPath("$[0].ready").value(true))
                .andExpect(jsonPath("$[0].mandatory.percent").value(100));

        SafeguardItem item = framework.mandatory.getFirst();
        String body = "{\"version\":" + item.getVersion() + ",\"enabled\":false,\"frequency\":\"YEARLY\"}";
        mvc.perform(put("/api/v1/safeguards/" + item.getId()).with(as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("disabledReason"));
        mvc.perform(put("/api/v1/safeguards/" + item.getId()).with(as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":999,\"enabled\":true,\"frequency\":\"YEARLY\"}"))
                .andExpect(status().isConflict());
    }

    /** Starts a check as the privacy manager and answers the framework's item "met" as the checker. */
    private long[] startCheckAndAnswer() throws Exception {
        String created = mvc.perform(post("/api/v1/operational-checks").with(as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"departmentId\":" + department.getId() + ",\"checkerId\":" + checker.getId() + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        JsonNode check = JSON.readTree(created);
        JsonNode answer = null;
        for (JsonNode row : check.get("answers")) {
            if (row.get("framework").asString().equals(framework.code)) {
                answer = row;
            }
        }
        assertThat(answer).isNotNull();
        long checkId = check.get("id").asLong();
        long answerId = answer.get("id").asLong();
        mvc.perform(put("/api/v1/operational-checks/" + checkId + "/answers/" + answerId).with(as(checker))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + answer.get("version").asLong() + ",\"result\":\"MET\",\"comment\":\"確認済み\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("MET"));
        return new long[] {checkId, answerId};
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private static RequestPostProcessor as(UserAccount user) {
        return httpBasic(user.getUsername(), Fixtures.PASSWORD);
    }
}
