package jp.mamori.training.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.TrainingAssignment;
import jp.mamori.training.TrainingData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The REST API with MockMvc on the shared test context (built by hand rather than with
 * {@code @AutoConfigureMockMvc}, which would start a second context: see the report).
 */
@MamoriIntegrationTest
class TrainingApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    org.springframework.web.context.WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingData data;
    @Autowired
    Clock clock;

    @Test
    void aWorkerTakesTheirCourseThroughTheApiAndNobodyElseCanTouchIt() throws Exception {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("法務部");
        UserAccount worker = data.worker(department);
        UserAccount colleague = data.worker(department);
        Course course = data.assignedCourse(pm, department, CourseKind.AD_HOC, 3, LocalDate.now(clock));
        TrainingAssignment assignment = data.assignmentOf(fixtures.principalOf(worker), course);
        String base = "/api/v1/training-assignments/" + assignment.getId();

        mvc.perform(get("/api/v1/training-assignments").with(basic(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].userId").value(worker.getId()));
        mvc.perform(get("/api/v1/courses").with(basic(worker)))
                .andExpect(jsonPath("$[0].id").value(course.getId()));
        mvc.perform(get("/api/v1/courses/" + course.getId()).with(basic(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions").doesNotExist());

        String paper = mvc.perform(get(base + "/quiz").with(basic(worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        String answers = rightAnswers(paper);

        mvc.perform(post(base + "/quiz-submissions").with(basic(colleague)).contentType(MediaType.APPLICATION_JSON)
                        .content(answers))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(basic(colleague))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/attestation").with(basic(worker)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pledgeVersion\":1,\"accepted\":true}"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(post(base + "/quiz-submissions").with(basic(worker)).contentType(MediaType.APPLICATION_JSON)
                        .content(answers))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.score").value(100))
                .andExpect(jsonPath("$.feedback[0].explanation").isNotEmpty());
        mvc.perform(get(base + "/pledge").with(basic(worker)))
                .andExpect(jsonPath("$.text").value(TrainingData.PLEDGE));
        mvc.perform(post(base + "/attestation").with(basic(colleague)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pledgeVersion\":1,\"accepted\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/attestation").with(basic(worker)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pledgeVersion\":1,\"accepted\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(100))
                .andExpect(jsonPath("$.courseVersion").value(1))
                .andExpect(jsonPath("$.clientAddress").value("127.0.0.1"));
        mvc.perform(post(base + "/attestation").with(basic(worker)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pledgeVersion\":1,\"accepted\":true}"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get(base + "/attestation").with(basic(colleague))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/quiz-submissions").with(basic(colleague))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/certificate").with(basic(colleague))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/certificate").with(basic(worker)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/api/v1/training-assignments").with(basic(colleague)))
                .andExpect(jsonPath("$[*].userId").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo(colleague.getId().intValue()))));

        mvc.perform(get("/api/v1/training-assignments").param("courseId", course.getId().toString()).with(basic(pmUser)))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(base + "/quiz-submissions").with(basic(pmUser))).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/training-assignments/report.pdf").param("courseId", course.getId().toString())
                        .with(basic(pmUser)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        byte[] xlsx = mvc.perform(get("/api/v1/training-assignments/records.xlsx")
                        .param("courseId", course.getId().toString()).with(basic(pmUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void onlyThePrivacyManagerWritesCoursesAndMaterialIsCheckedByContent() throws Exception {
        MamoriPrincipal pm = data.privacyManager();
        Course course = data.course(pm, CourseKind.ANNUAL, 80, 3);
        UserAccount worker = data.worker(fixtures.department("調達部"));

        mvc.perform(get("/api/v1/courses/" + course.getId()).with(basic(worker))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/courses").with(basic(worker)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/training-assignments").with(basic(worker)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\":" + course.getId() + ",\"userIds\":[" + worker.getId() + "]}"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/courses").with(basic(pmUser)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"kind\":\"ANNUAL\",\"passMark\":80,\"maxAttempts\":3,"
                                + "\"deadlineDays\":30,\"pledgeText\":\"p\",\"questions\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("questions"));

        String materials = "/api/v1/courses/" + course.getId() + "/materials";
        mvc.perform(multipart(materials).file(new MockMultipartFile("file", "slides.pdf", "application/pdf",
                        new byte[] {'M', 'Z', 0x50, 0})).with(basic(pmUser)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart(materials).file(new MockMultipartFile("file", "notes.pdf", "application/pdf",
                        "just text".getBytes())).with(basic(pmUser)))
                .andExpect(status().isUnprocessableContent());
        String created = mvc.perform(multipart(materials).file(new MockMultipartFile("file", "../poster", "image/png", PNG))
                        .with(basic(pmUser)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("poster.png"))
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andReturn().getResponse().getContentAsString();
        Number fileId = JsonPath.read(created, "$.id");
        mvc.perform(get(materials + "/" + fileId).with(basic(pmUser)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(materials + "/" + fileId).with(basic(worker))).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/training-assignments").with(basic(pmUser)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\":" + course.getId() + ",\"userIds\":[" + worker.getId() + "]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(1));
        mvc.perform(get(materials + "/" + fileId).with(basic(worker))).andExpect(status().isOk());
    }

    private UserAccount pmUser;

    @org.junit.jupiter.api.BeforeEach
    void privacyManagerWithPassword() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        pmUser = fixtures.user("pm", null, Role.PRIVACY_MANAGER, Role.EMPLOYEE);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(UserAccount user) {
        return httpBasic(user.getUsername(), Fixtures.PASSWORD);
    }

    /** The right answers of TrainingData's two questions, looked up by question text. */
    private static String rightAnswers(String paper) {
        List<Map<String, Object>> questions = JsonPath.read(paper, "$.questions");
        return questions.stream().map(question -> {
            List<Map<String, Object>> choices = (List<Map<String, Object>>) question.get("choices");
            String right = choices.stream().filter(choice -> List.of("許可を得て暗号化したとき", "人的安全管理措置",
                    "技術的安全管理措置").contains(choice.get("text"))).map(choice -> String.valueOf(choice.get("index")))
                    .collect(Collectors.joining(","));
            return "{\"questionId\":" + question.get("id") + ",\"choices\":[" + right + "]}";
        }).collect(Collectors.joining(",", "{\"answers\":[", "]}"));
    }
}
