package jp.mamori.ledger.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.mamori.ledger.LedgerReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ledger and its risk analysis as a PDF (A4 landscape, Japanese). */
@RestController
@Tag(name = "Ledger")
class LedgerReportController {

    private final LedgerReport report;

    LedgerReportController(LedgerReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/reports/ledger.pdf")
    @Operation(summary = "The ledger and its risk analysis as PDF (same filters as the ledger list)")
    void pdf(LedgerEntryController.LedgerQuery query, HttpServletResponse response) throws IOException {
        LedgerEntryController.attachment(response, MediaType.APPLICATION_PDF, "ledger.pdf");
        report.write(response.getOutputStream(), query.filter());
    }
}
