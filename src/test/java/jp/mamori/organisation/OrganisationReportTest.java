package jp.mamori.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Autowired;

@MamoriIntegrationTest
class OrganisationReportTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganisationReport report;
    @Autowired
    java.time.Clock clock;

    @Test
    void theUsersAndDepartmentsPdfReadsBackInJapaneseWithHeaderAndPageNumbers() throws Exception {
        Department department = fixtures.department("個人情報保護推進室");
        for (int i = 0; i < 60; i++) {
            fixtures.user("pdf", department, Role.EMPLOYEE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemActor.run(() -> report.write(out, Locale.JAPANESE));

        java.nio.file.Files.write(java.nio.file.Path.of("target/organisation-report.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String first = page(pdf, 1);
            assertThat(first).contains("部門・従業者一覧", "部門コード",
                    JapaneseDates.isoWithWareki(LocalDate.now(clock), Locale.JAPANESE), "1 / " + pages);
            assertThat(page(pdf, 2)).contains("2 / " + pages, "部門・従業者一覧");
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("個人情報保護推進室", "ユーザー名", "氏名");
            var box = pdf.getPage(0).getMediaBox();
            boolean quarterTurn = pdf.getPage(0).getRotation() % 180 != 0;
            float width = quarterTurn ? box.getHeight() : box.getWidth();
            float height = quarterTurn ? box.getWidth() : box.getHeight();
            assertThat(width).as("A4 landscape").isGreaterThan(height);
        }
    }

    private static String page(PDDocument pdf, int number) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }
}
