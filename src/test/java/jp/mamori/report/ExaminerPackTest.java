package jp.mamori.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.mamori.audit.AuditKind;
import jp.mamori.audit.AuditPlan;
import jp.mamori.audit.AuditService;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.review.ManagementReviewService;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@MamoriIntegrationTest
class ExaminerPackTest {

    private static final Locale JA = Messages.JAPANESE;

    @Autowired
    ExaminerPack pack;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditService audits;
    @Autowired
    ManagementReviewService reviews;
    @Autowired
    Messages messages;
    @Autowired
    MockMvc mvc;

    UserAccount privacyManager;
    MamoriPrincipal pm;
    ReportPeriod period;
    String auditSubject;

    @BeforeEach
    void organisation() {
        Department audited = fixtures.department(Fixtures.unique("営業部"));
        Department auditRoom = fixtures.department(Fixtures.unique("監査室"));
        privacyManager = fixtures.user("pm", auditRoom, Role.PRIVACY_MANAGER, Role.EMPLOYEE);
        pm = fixtures.principalOf(privacyManager);
        UserAccount lead = fixtures.user("lead", auditRoom, Role.AUDITOR, Role.EMPLOYEE);
        LocalDate today = LocalDate.now();
        period = new ReportPeriod(today.minusMonths(6), today.plusMonths(1));
        var audit = Actors.as(fixtures.principalOf(lead), () -> audits.plan(null, null, new AuditPlan(AuditKind.DEPARTMENT,
                null, Set.of(audited.getId()), today.plusDays(7), lead.getId(), Set.of(), "全般", "JIS Q 15001")));
        auditSubject = audit.subject();
        Actors.as(pm, () -> reviews.create(today.minusMonths(3), today.minusDays(1), today, "代表取締役", JA));
    }

    @Test
    void thePackHoldsEveryPartAsABookmarkAndTheRegistersAsWorkbooks() throws IOException {
        PackBuild build = Actors.as(pm, () -> pack.start(period, JA));
        List<Double> seen = new ArrayList<>();
        awaitEnd(build, seen);

        assertThat(build.state()).as(String.valueOf(build.failure())).isEqualTo(PackBuild.State.DONE);
        assertThat(build.progress()).isEqualTo(1.0);
        assertThat(seen).isSorted();
        Map<String, byte[]> zip = unzip(build);
        build.discard();
        assertThatThrownBy(build::open).as("the temporary zip is gone").isInstanceOf(IllegalStateException.class);

        String pdfName = period.packFileName("pdf");
        assertThat(zip).containsKey(pdfName);
        List<String> partTitles = Actors.as(pm, () -> pack.parts()).stream()
                .map(part -> messages.get(JA, part.titleKey())).toList();
        assertThat(partTitles).hasSizeGreaterThanOrEqualTo(10);
        try (PDDocument pdf = Loader.loadPDF(zip.get(pdfName))) {
            List<String> top = new ArrayList<>();
            Map<String, List<String>> kids = new LinkedHashMap<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                List<String> children = new ArrayList<>();
                item.children().forEach(child -> children.add(child.getTitle()));
                kids.put(item.getTitle(), children);
            }
            List<String> expected = new ArrayList<>();
            expected.add(messages.get(JA, "report.pack.contents"));
            for (int i = 0; i < partTitles.size(); i++) {
                expected.add((i + 1) + ". " + partTitles.get(i));
            }
            assertThat(top).containsExactlyElementsOf(expected);
            int auditsNumber = partTitles.indexOf(messages.get(JA, "report.part.audits")) + 1;
            assertThat(kids.get(auditsNumber + ". " + messages.get(JA, "report.part.audits")))
                    .anySatisfy(title -> assertThat(title).endsWith(auditSubject));
            int reviewsNumber = partTitles.indexOf(messages.get(JA, "report.part.managementReviews")) + 1;
            assertThat(kids.get(reviewsNumber + ". " + messages.get(JA, "report.part.managementReviews"))).isNotEmpty();
            int consigneesNumber = partTitles.indexOf(messages.get(JA, "report.part.consignees")) + 1;
            assertThat(kids.get(consigneesNumber + ". " + messages.get(JA, "report.part.consignees")))
                    .containsExactly(messages.get(JA, "report.part.consignees.evaluations"));
            assertThat(pdf.getNumberOfPages()).isGreaterThan(partTitles.size());
        }
        assertThat(zip.keySet()).filteredOn(name -> name.startsWith("registers/"))
                .anySatisfy(name -> assertThat(name).endsWith("_ledger.xlsx"))
                .anySatisfy(name -> assertThat(name).endsWith("_training-records.xlsx"))
                .anySatisfy(name -> assertThat(name).endsWith("_consignees.xlsx"))
                .anySatisfy(name -> assertThat(name).endsWith("_consignee-evaluations.xlsx"))
                .anySatisfy(name -> assertThat(name).endsWith("_corrective-actions.xlsx"))
                .anySatisfy(name -> assertThat(name).endsWith("_subject-requests.xlsx"))
                .anySatisfy(name -> assertThat(name).endsWith("_complaints.xlsx"))
                .anySatisfy(name -> assertThat(name).endsWith("_incidents.xlsx"))
                .anySatisfy(name -> assertThat(name).startsWith("registers/").contains("_safeguards-"))
                .allSatisfy(name -> assertThat(new String(zip.get(name), 0, 2)).isEqualTo("PK"));
    }

    @Test
    void aFailingPartFailsTheBuildNamingThePart() {
        ExaminerPackPart broken = new ExaminerPackPart() {
            @Override
            public int order() {
                return 1;
            }

            @Override
            public String titleKey() {
                return "report.part.complaints";
            }

            @Override
            public void write(ReportPeriod chosen, Locale locale, PackOutput out) {
                out.xlsx("broken", stream -> {
                    throw new IllegalStateException("disk full");
                });
            }
        };
        PackBuild build = Actors.as(pm, () -> pack.start(List.of(broken), period, JA));
        awaitEnd(build, new ArrayList<>());

        assertThat(build.state()).isEqualTo(PackBuild.State.FAILED);
        RuleViolation failure = build.failure();
        assertThat(messages.get(JA, failure.messageKey(), failure.arguments()))
                .isEqualTo("「" + messages.get(JA, "report.part.complaints") + "」を作成できませんでした：disk full");
    }

    @Test
    void onlyPrivacyManagersBuildThePack() throws Exception {
        UserAccount worker = fixtures.user("worker", null, Role.EMPLOYEE);
        UserAccount auditor = fixtures.user("auditor", null, Role.AUDITOR);
        assertThatThrownBy(() -> Actors.as(fixtures.principalOf(worker), () -> pack.start(period, JA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(fixtures.principalOf(auditor),
                () -> pack.write(period, JA, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);

        String url = "/api/v1/reports/examiner-pack?from=" + period.from() + "&to=" + period.to();
        mvc.perform(get(url).with(httpBasic(worker.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        byte[] body = mvc.perform(get(url).with(httpBasic(privacyManager.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(body)).contains(period.packFileName("pdf"));
        mvc.perform(get("/api/v1/reports/examiner-pack?from=" + period.to() + "&to=" + period.from())
                        .with(httpBasic(privacyManager.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
    }

    private static void awaitEnd(PackBuild build, List<Double> seen) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (build.state() == PackBuild.State.RUNNING && System.nanoTime() < deadline) {
            seen.add(build.progress());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        seen.add(build.progress());
    }

    private static Map<String, byte[]> unzip(PackBuild build) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(build.open())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static List<String> entries(byte[] zipped) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
