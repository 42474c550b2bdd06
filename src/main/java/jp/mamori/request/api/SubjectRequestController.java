package jp.mamori.request.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import jp.mamori.request.RequestStatus;
import jp.mamori.request.RequestType;
import jp.mamori.request.SubjectRequestFilter;
import jp.mamori.request.SubjectRequestService;
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

/** Data-subject requests: PRIVACY_MANAGER writes; AUDITOR and TOP_MANAGEMENT read (enforced in the service). */
@RestController
@RequestMapping("/api/v1/subject-requests")
@Tag(name = "Data-subject requests")
class SubjectRequestController {

    private static final int MAX_PAGE_SIZE = 500;

    private final SubjectRequestService requests;

    SubjectRequestController(SubjectRequestService requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "List requests, newest first, optionally filtered (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    List<SubjectRequestDto> list(@RequestParam(required = false) RequestStatus status,
                                 @RequestParam(required = false) RequestType type,
                                 @RequestParam(required = false) Boolean overdue,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "100") int size) {
        return requests.page(new SubjectRequestFilter(status, type, overdue),
                        PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE),
                                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"))))
                .stream().map(SubjectRequestDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a request (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    SubjectRequestDto get(@PathVariable long id) {
        return SubjectRequestDto.of(requests.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a request (PRIVACY_MANAGER); the response date follows the request procedure")
    SubjectRequestDto create(@Valid @RequestBody SubjectRequestDto body) {
        return SubjectRequestDto.of(requests.save(null, null, body.values()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a request (PRIVACY_MANAGER); send the version you read")
    SubjectRequestDto update(@PathVariable long id, @Valid @RequestBody SubjectRequestDto body) {
        return SubjectRequestDto.of(requests.save(id, body.version(), body.values()));
    }
}
