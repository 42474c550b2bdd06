package jp.mamori.complaint.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import jp.mamori.complaint.ComplaintCategory;
import jp.mamori.complaint.ComplaintFilter;
import jp.mamori.complaint.ComplaintKind;
import jp.mamori.complaint.ComplaintService;
import jp.mamori.complaint.ComplaintStage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Complaints and consultations: PRIVACY_MANAGER writes; AUDITOR and TOP_MANAGEMENT read (enforced in the service). */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints")
class ComplaintController {

    private static final int MAX_PAGE_SIZE = 500;

    private final ComplaintService complaints;

    ComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    @Operation(summary = "List complaints, newest first, optionally filtered (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    List<ComplaintDto> list(@RequestParam(required = false) ComplaintStage stage,
                            @RequestParam(required = false) ComplaintKind kind,
                            @RequestParam(required = false) ComplaintCategory category,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "100") int size) {
        return complaints.page(new ComplaintFilter(stage, kind, category),
                        PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE),
                                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"))))
                .stream().map(ComplaintDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a complaint (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    ComplaintDto get(@PathVariable long id) {
        return ComplaintDto.of(complaints.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a complaint or consultation (PRIVACY_MANAGER)")
    ComplaintDto create(@Valid @RequestBody ComplaintDto body) {
        return ComplaintDto.of(complaints.save(null, null, body.values()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a complaint (PRIVACY_MANAGER); send the version you read")
    ComplaintDto update(@PathVariable long id, @Valid @RequestBody ComplaintDto body) {
        return ComplaintDto.of(complaints.save(id, body.version(), body.values()));
    }
}
