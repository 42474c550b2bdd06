package jp.mamori.ledger.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerExport;
import jp.mamori.ledger.LedgerFilter;
import jp.mamori.ledger.LedgerImportService;
import jp.mamori.ledger.LedgerReview;
import jp.mamori.ledger.LedgerRow;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.shared.web.ProblemDetailsAdvice;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The personal-information ledger. Privacy managers change every entry, a department's manager
 * that department's entries; auditors and top management read; others get 403. The service
 * enforces all of it.
 */
@RestController
@RequestMapping("/api/v1/ledger-entries")
@Tag(name = "Ledger")
class LedgerEntryController {

    private final LedgerService ledger;
    private final LedgerExport export;
    private final LedgerImportService importer;

    LedgerEntryController(LedgerService ledger, LedgerExport export, LedgerImportService importer) {
        this.ledger = ledger;
        this.export = export;
        this.importer = importer;
    }

    @GetMapping
    @Operation(summary = "List entries, paged and filtered; sort by reference, name, department, owner, status, "
            + "nextReviewDate, lastReviewedOn, approximateCount or medium")
    PagedModel<LedgerRow> list(LedgerQuery query,
                               @PageableDefault(size = 50, sort = "reference", direction = Sort.Direction.ASC)
                               Pageable pageable) {
        LedgerFilter filter = query.filter();
        return new PagedModel<>(new PageImpl<>(ledger.page(filter, pageable), pageable, ledger.count(filter)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an entry")
    LedgerEntryDto get(@PathVariable long id) {
        return LedgerEntryDto.of(ledger.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an entry (PRIVACY_MANAGER, or the manager of its department)")
    LedgerEntryDto create(@RequestBody LedgerEntryBody body) {
        return LedgerEntryDto.of(ledger.create(body.values()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an entry's columns; its risks stay. Send the version you read")
    LedgerEntryDto update(@PathVariable long id, @RequestBody LedgerEntryBody body) {
        return LedgerEntryDto.of(ledger.update(id, body.version(), body.values()));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire an entry (entries are never deleted)")
    LedgerEntryDto retire(@PathVariable long id, @RequestBody Requests.Retire body) {
        return LedgerEntryDto.of(ledger.retire(id, body.version()));
    }

    @GetMapping("/{id}/risks")
    @Operation(summary = "The entry's lifecycle risk analysis")
    List<RiskDto> risks(@PathVariable long id) {
        return ledger.risks(id).stream().map(RiskDto::of).toList();
    }

    @PutMapping("/{id}/risks")
    @Operation(summary = "Replace the entry's risks (send all); a changed assessment needs a new decision")
    List<RiskDto> saveRisks(@PathVariable long id, @RequestBody Requests.Risks body) {
        LedgerEntry entry = ledger.saveRisks(id, body.version(),
                body.risks() == null ? List.of() : body.risks().stream().map(Requests.Risk::values).toList());
        return entry.risksInLifecycleOrder().stream().map(RiskDto::of).toList();
    }

    @PostMapping("/{id}/risks/{riskId}/decision")
    @Operation(summary = "Accept or reject a residual risk (TOP_MANAGEMENT); a rejection needs a comment")
    RiskDto decide(@PathVariable long id, @PathVariable long riskId, @RequestBody Requests.Decision body) {
        LedgerEntry entry = ledger.decide(id, riskId, body.version(), body.decision(), body.comment());
        return entry.getRisks().stream().filter(risk -> risk.getId() == riskId).findFirst().map(RiskDto::of)
                .orElseThrow();
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Record that the entry was reviewed today; moves the next review date a year on")
    LedgerEntryDto review(@PathVariable long id, @RequestBody(required = false) Requests.Review body) {
        return LedgerEntryDto.of(ledger.review(id, body == null ? null : body.version(),
                body == null ? null : body.notes()));
    }

    @GetMapping("/{id}/reviews")
    @Operation(summary = "The entry's reviews, newest first")
    List<ReviewDto> reviews(@PathVariable long id) {
        return ledger.reviews(id).stream().map(ReviewDto::of).toList();
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The ledger and its risk analysis as .xlsx (same filters as the list)")
    void exportXlsx(LedgerQuery query, HttpServletResponse response) throws IOException {
        attachment(response, MediaType.parseMediaType(LedgerExport.XLSX_TYPE), "ledger.xlsx");
        export.writeXlsx(response.getOutputStream(), query.filter());
    }

    @GetMapping("/export.csv")
    @Operation(summary = "The ledger as CSV (UTF-8 with BOM; formula-like cells neutralised)")
    void exportCsv(LedgerQuery query, HttpServletResponse response) throws IOException {
        attachment(response, MediaType.parseMediaType(LedgerExport.CSV_TYPE), "ledger.csv");
        export.writeCsv(response.getOutputStream(), query.filter());
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the .xlsx layout of the export (PRIVACY_MANAGER): all rows or nothing; "
            + "400 with the errors by row and column")
    LedgerImportService.Result importFile(@RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        return importer.importFile(file.getBytes(), ProblemDetailsAdvice.locale(request));
    }

    static void attachment(HttpServletResponse response, MediaType type, String fileName) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    /** The list filters as query parameters. */
    record LedgerQuery(String q, Long departmentId, Set<LedgerStatus> status, Boolean specialCare, Boolean myNumber,
                       Boolean retainedPersonalData, Boolean unacceptedHighRisk, Boolean reviewOverdue) {
        LedgerFilter filter() {
            return new LedgerFilter(q, departmentId, status, specialCare, myNumber, retainedPersonalData,
                    unacceptedHighRisk, Boolean.TRUE.equals(reviewOverdue));
        }
    }

    /** A recorded review. */
    record ReviewDto(LocalDate reviewedOn, String reviewer, String notes, LocalDate nextReviewDate) {
        static ReviewDto of(LedgerReview review) {
            return new ReviewDto(review.getReviewedOn(), review.getReviewerName(), review.getNotes(),
                    review.getNextReviewDate());
        }
    }
}
