package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.organisation.Department;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MamoriIntegrationTest
class TrainingReportsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingData data;
    @Autowired
    CourseService courses;
    @Autowired
    CourseTaking taking;
    @Autowired
    TrainingReports reports;
    @Autowired
    Clock clock;

    @Test
    void completionExportAndPdfsShowWhoFinishedWithScoresAndPledges() throws Exception {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("監査対応部");
        MamoriPrincipal done = fixtures.principalOf(data.worker(department));
        MamoriPrincipal open = fixtures.principalOf(data.worker(department));
        Course course = data.assignedCourse(pm, department, CourseKind.AD_HOC, 3, LocalDate.now(clock));
        TrainingAssignment assignment = data.assignmentOf(done, course);
        Course content = Actors.as(done, () -> courses.get(course.getId()));
        Actors.as(done, () -> {
            QuizPaper paper = taking.paper(assignment.getId());
            taking.submit(assignment.getId(), TrainingData.rightAnswers(paper, content), "192.0.2.7");
            taking.attest(assignment.getId(), 1, true, "192.0.2.7");
        });
        AssignmentFilter filter = new AssignmentFilter(course.getId(), null, null, null, false, null, null);

        List<CompletionRow> rows = Actors.as(pm, () -> reports.completion(filter, Locale.JAPANESE));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.department()).isEqualTo("監査対応部");
            assertThat(row.assigned()).isEqualTo(2);
            assertThat(row.completed()).isEqualTo(1);
            assertThat(row.open()).isEqualTo(1);
            assertThat(row.rate()).isEqualTo(50);
        });
        assertThat(Actors.as(open, () -> reports.completion(filter, Locale.JAPANESE)))
                .singleElement().satisfies(row -> assertThat(row.assigned()).as("only oneself").isEqualTo(1));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Actors.as(pm, () -> reports.exportXlsx(filter, xlsx, Locale.JAPANESE));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(3);
            assertThat(sheet.getFirst().getCellText(1)).isEqualTo("従業者");
            assertThat(sheet.stream().skip(1).map(row -> row.getCellText(8))).containsExactlyInAnyOrder("修了", "未受講");
            assertThat(sheet.stream().skip(1).map(row -> row.getCellText(14))).contains("192.0.2.7");
        }

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Actors.as(pm, () -> reports.reportPdf(filter, report, Locale.JAPANESE));
        ByteArrayOutputStream certificate = new ByteArrayOutputStream();
        Actors.as(done, () -> reports.certificatePdf(assignment.getId(), certificate, Locale.JAPANESE));
        byte[] chart = Actors.as(pm, () -> reports.chartPng(filter, Locale.JAPANESE));
        assertThat(new String(report.toByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(certificate.toByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(chart).startsWith(0x89, 'P', 'N', 'G');
        Path out = Files.createDirectories(Path.of("target", "training-samples"));
        Files.write(out.resolve("training-report.pdf"), report.toByteArray());
        Files.write(out.resolve("certificate.pdf"), certificate.toByteArray());
        Files.write(out.resolve("chart.png"), chart);
    }
}
