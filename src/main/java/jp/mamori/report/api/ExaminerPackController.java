package jp.mamori.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.mamori.report.ExaminerPack;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.web.ProblemDetailsAdvice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The examiner pack as a zip: the combined PDF with bookmarks and the registers as xlsx. */
@RestController
@Tag(name = "Reports")
class ExaminerPackController {

    private static final String ZIP = "application/zip";

    private final ExaminerPack pack;

    ExaminerPackController(ExaminerPack pack) {
        this.pack = pack;
    }

    /**
     * Built completely into a temporary file before the first byte is sent, so that a refusal
     * or a failing part still answers with a problem document instead of a broken zip.
     */
    @GetMapping("/api/v1/reports/examiner-pack")
    @Operation(summary = "The examiner pack for a period (both days included) as a zip")
    void examinerPack(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportPeriod period = new ReportPeriod(from, to);
        Path zip = Files.createTempFile("examiner-pack", ".zip");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
                pack.write(period, ProblemDetailsAdvice.locale(request), out);
            }
            response.setContentType(ZIP);
            response.setContentLengthLong(Files.size(zip));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(period.packFileName("zip"), StandardCharsets.UTF_8).build().toString());
            Files.copy(zip, response.getOutputStream());
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
