package jp.mamori.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@MamoriIntegrationTest
class PublicNoticeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theNoticeComesAsHtmlOrPdfInTheCallersLanguageOrTheOneAskedFor() throws Exception {
        UserAccount auditor = fixtures.user("auditor", null, Role.AUDITOR);
        String japanese = mvc.perform(as(auditor, get("/api/v1/public-notice")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(japanese).startsWith("<article class=\"privacy-notice\" lang=\"ja\">").contains("個人情報の利用目的");
        String english = mvc.perform(as(auditor, get("/api/v1/public-notice").param("format", "html").param("lang", "en")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("lang=\"en\"", "Purposes of use of personal information");
        byte[] pdf = mvc.perform(as(auditor, get("/api/v1/public-notice").param("format", "pdf").param("lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(as(auditor, get("/api/v1/public-notice").param("format", "docx")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as(auditor, get("/api/v1/public-notice").param("lang", "fr")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void workersMayNotReadItAndOnlyTheManagerChangesTheSettings() throws Exception {
        UserAccount worker = fixtures.user("worker", null, Role.EMPLOYEE);
        mvc.perform(as(worker, get("/api/v1/public-notice"))).andExpect(status().isForbidden());
        UserAccount top = fixtures.user("ceo", null, Role.TOP_MANAGEMENT);
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        String settings = mvc.perform(as(top, get("/api/v1/public-notice/settings")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(settings, "$.version")).longValue();
        String body = "{\"version\":" + version + ",\"accredited\":\"JIPDEC\",\"wordings\":{\"CERTIFICATION_BODY\":"
                + "{\"ja\":\"架空審査センター\",\"en\":\"Fictional Assessment Centre\"}}}";
        mvc.perform(as(top, put("/api/v1/public-notice/settings")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(as(manager, put("/api/v1/public-notice/settings")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
        mvc.perform(as(manager, put("/api/v1/public-notice/settings")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict());
        String html = mvc.perform(as(top, get("/api/v1/public-notice").param("lang", "ja")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("一般財団法人日本情報経済社会推進協会（JIPDEC）", "プライバシーマーク審査機関は架空審査センターです。");
    }

    private static MockHttpServletRequestBuilder as(UserAccount user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.getUsername(), Fixtures.PASSWORD));
    }
}
