package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import jp.mamori.consignee.CorporateNumber;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API on the real database. MockMvc is built on the shared test context rather than with
 * {@code @AutoConfigureMockMvc}: a second context would install its own security-context
 * strategy and leave the first context's method security blind to {@code SystemActor}.
 */
@MamoriIntegrationTest
class LedgerApiTest {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledgerFixtures;
    @Autowired
    Messages messages;

    Department department;
    UserAccount owner;
    Purpose purpose;
    RequestPostProcessor privacyManager;

    @BeforeEach
    void organisation() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        department = fixtures.department("開発部");
        owner = fixtures.user("owner", department);
        purpose = ledgerFixtures.purpose("製品サポート");
        privacyManager = as(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
    }

    @Test
    void entriesAreCreatedListedChangedReviewedAndRetiredThroughTheApi() throws Exception {
        String created = mvc.perform(post("/api/v1/ledger-entries").with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content(body(null, "製品ユーザー情報")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(startsWith("L-")))
                .andExpect(jsonPath("$.departmentName").value("開発部"))
                .andExpect(jsonPath("$.purposes[0].textJa").value(purpose.getTextJa()))
                .andExpect(jsonPath("$.unacceptedHighRisk").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        int version = JsonPath.read(created, "$.version");
        mvc.perform(post("/api/v1/ledger-entries").with(privacyManager)
                .contentType(MediaType.APPLICATION_JSON).content(body(null, "製品ユーザー情報（旧版）")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/ledger-entries").with(privacyManager)
                        .param("departmentId", department.getId().toString()).param("q", "製品ユーザー")
                        .param("sort", "name,desc").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].name").value("製品ユーザー情報（旧版）"))
                .andExpect(jsonPath("$.content[0].purposes[0]").value(purpose.getTextJa()))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/v1/ledger-entries/{id}", id).with(privacyManager))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("製品ユーザー情報"));

        mvc.perform(put("/api/v1/ledger-entries/{id}", id).with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content(body(version, "製品ユーザー情報（改）")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("製品ユーザー情報（改）"));
        mvc.perform(put("/api/v1/ledger-entries/{id}", id).with(privacyManager).header("Accept-Language", "ja")
                        .contentType(MediaType.APPLICATION_JSON).content(body(version, "古い版からの変更")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(messages.get(Messages.JAPANESE, "error.conflict")));
        mvc.perform(put("/api/v1/ledger-entries/{id}", id).with(privacyManager).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body(null, " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        String review = mvc.perform(post("/api/v1/ledger-entries/{id}/review", id).with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"notes\":\"変更なし\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(review, "$.nextReviewDate"))
                .isEqualTo(JsonPath.<String>read(review, "$.lastReviewedOn").replaceFirst("^(\\d{4})",
                        String.valueOf(Integer.parseInt(JsonPath.<String>read(review, "$.lastReviewedOn").substring(0, 4)) + 1)));
        mvc.perform(get("/api/v1/ledger-entries/{id}/reviews", id).with(privacyManager))
                .andExpect(jsonPath("$[0].notes").value("変更なし"));

        mvc.perform(post("/api/v1/ledger-entries/{id}/retire", id).with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
    }

    @Test
    void risksAreReplacedAndTopManagementAcceptsTheHighResidualOne() throws Exception {
        long id = create("研究用サンプル提供者");
        String risks = """
                {"risks":[{"stage":"STORAGE","threat":"LEAK","likelihood":"MEDIUM","impact":"HIGH",
                "measures":"暗号化","residualRisk":"HIGH"},{"stage":"DISPOSAL","threat":"LOSS",
                "likelihood":"LOW","impact":"LOW","residualRisk":"LOW"}]}""";
        String saved = mvc.perform(put("/api/v1/ledger-entries/{id}/risks", id).with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content(risks))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].inherentRisk").value("HIGH"))
                .andExpect(jsonPath("$[0].unacceptedHighRisk").value(true))
                .andReturn().getResponse().getContentAsString();
        long riskId = ((Number) JsonPath.read(saved, "$[0].id")).longValue();
        int riskVersion = JsonPath.read(saved, "$[0].version");
        mvc.perform(get("/api/v1/ledger-entries/{id}", id).with(privacyManager))
                .andExpect(jsonPath("$.unacceptedHighRisk").value(true));

        mvc.perform(post("/api/v1/ledger-entries/{id}/risks/{riskId}/decision", id, riskId).with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ACCEPTED\"}"))
                .andExpect(status().isForbidden());
        RequestPostProcessor top = as(fixtures.user("top", null, Role.TOP_MANAGEMENT));
        mvc.perform(post("/api/v1/ledger-entries/{id}/risks/{riskId}/decision", id, riskId).with(top)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + riskVersion + ",\"decision\":\"ACCEPTED\",\"comment\":\"受容\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("ACCEPTED"))
                .andExpect(jsonPath("$.unacceptedHighRisk").value(false));
        mvc.perform(get("/api/v1/ledger-entries/{id}/risks", id).with(top))
                .andExpect(jsonPath("$[0].decidedOn").isNotEmpty());
        mvc.perform(get("/api/v1/ledger-entries/{id}", id).with(top))
                .andExpect(jsonPath("$.unacceptedHighRisk").value(false));
    }

    @Test
    void employeesGetForbiddenAndReadersCannotWrite() throws Exception {
        long id = create("展示会来場者");
        RequestPostProcessor employee = as(fixtures.user("emp", department, Role.EMPLOYEE));
        RequestPostProcessor auditor = as(fixtures.user("aud", null, Role.AUDITOR));
        mvc.perform(get("/api/v1/ledger-entries").with(employee)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ledger-entries/{id}", id).with(employee)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ledger-entries/export.xlsx").with(employee)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/ledger.pdf").with(employee)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ledger-entries/{id}", id).with(auditor)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/ledger-entries").with(auditor).contentType(MediaType.APPLICATION_JSON)
                .content(body(null, "監査員の登録"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ledger-entries/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/ledger-entries/{id}", Long.MAX_VALUE).with(auditor)).andExpect(status().isNotFound());
    }

    @Test
    void theLedgerIsExportedAndAMalformedImportIsRefusedWithItsErrors() throws Exception {
        create("ウェビナー参加者");
        byte[] xlsx = mvc.perform(get("/api/v1/ledger-entries/export.xlsx").with(privacyManager)
                        .param("departmentId", department.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", LedgerExport.XLSX_TYPE))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Workbooks.read(xlsx, messages).getFirst()).hasSize(2);
        mvc.perform(get("/api/v1/ledger-entries/export.csv").with(privacyManager)
                        .param("departmentId", department.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("\uFEFF管理番号")));
        byte[] pdf = mvc.perform(get("/api/v1/reports/ledger.pdf").with(privacyManager)
                        .param("departmentId", department.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        byte[] broken = Workbooks.edit(xlsx, messages, 0, rows -> {
            rows.get(1).set(LedgerColumns.Entry.DEPARTMENT_CODE.ordinal(), "UNKNOWN");
            rows.get(1).set(LedgerColumns.Entry.NAME.ordinal(), "書き換えられてはならない");
            return rows;
        });
        mvc.perform(multipart("/api/v1/ledger-entries/import")
                        .file(new MockMultipartFile("file", "ledger.xlsx", LedgerExport.XLSX_TYPE, broken))
                        .with(privacyManager).header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("部門コード"))
                .andExpect(jsonPath("$.errors[0].message").value("部門コード「UNKNOWN」は登録されていません。"));
        mvc.perform(get("/api/v1/ledger-entries").with(privacyManager).param("q", "書き換えられてはならない"))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(multipart("/api/v1/ledger-entries/import")
                        .file(new MockMultipartFile("file", "ledger.xlsx", LedgerExport.XLSX_TYPE, xlsx))
                        .with(privacyManager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
    }

    @Test
    void consigneesAreRegisteredThroughTheApi() throws Exception {
        String name = Fixtures.unique("クラウド事業者");
        String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String number = CorporateNumber.checkDigit(base) + base;
        String created = mvc.perform(post("/api/v1/consignees").with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"corporateNumber\":\"" + number + "\",\"status\":\"CANDIDATE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CANDIDATE"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/consignees").with(privacyManager).param("q", name))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(put("/api/v1/consignees/{id}", id).with(privacyManager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"name\":\"" + name + "\",\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(get("/api/v1/consignees/{id}", id).with(privacyManager))
                .andExpect(jsonPath("$.corporateNumber").isEmpty());
        mvc.perform(post("/api/v1/consignees").with(privacyManager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"誤番号\",\"corporateNumber\":\"1180301018772\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("corporateNumber"));
        mvc.perform(get("/api/v1/consignees").with(as(fixtures.user("emp", null, Role.EMPLOYEE))))
                .andExpect(status().isForbidden());
    }

    private long create(String name) throws Exception {
        String created = mvc.perform(post("/api/v1/ledger-entries").with(privacyManager)
                        .contentType(MediaType.APPLICATION_JSON).content(body(null, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private String body(Integer version, String name) {
        return """
                {"version":%s,"departmentId":%d,"ownerId":%d,"name":"%s","dataItems":"氏名、メールアドレス",
                 "dataSubjects":"製品の利用者","approximateCount":5000,"medium":"ELECTRONIC",
                 "acquisitionMethod":"DIRECT_OTHER","noticeConsent":"PUBLISHED","purposeIds":[%d],
                 "accessRoles":["PRIVACY_MANAGER"],"retentionPeriod":"解約後3年","disposalMethod":"DATA_ERASURE",
                 "leakImpact":"MEDIUM","status":"ACTIVE","nextReviewDate":"2027-04-01"}"""
                .formatted(version == null ? "null" : version, department.getId(), owner.getId(), name, purpose.getId());
    }

    private RequestPostProcessor as(UserAccount user) {
        return httpBasic(user.getUsername(), Fixtures.PASSWORD);
    }
}
