package jp.mamori.consignee.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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

/** Consignees: privacy managers and administrators write; auditors and top management read. */
@RestController
@RequestMapping("/api/v1/consignees")
@Tag(name = "Consignees")
class ConsigneeController {

    private final ConsigneeService consignees;

    ConsigneeController(ConsigneeService consignees) {
        this.consignees = consignees;
    }

    @GetMapping
    @Operation(summary = "List consignees, paged (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    PagedModel<ConsigneeDto> list(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) ConsigneeStatus status,
                                  @RequestParam(required = false) Boolean active,
                                  @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC)
                                  Pageable pageable) {
        return new PagedModel<>(consignees.page(new ConsigneeFilter(q, status, active), pageable).map(ConsigneeDto::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a consignee (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    ConsigneeDto get(@PathVariable long id) {
        return ConsigneeDto.of(consignees.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a consignee (ADMIN, PRIVACY_MANAGER)")
    ConsigneeDto create(@Valid @RequestBody ConsigneeDto body) {
        return ConsigneeDto.of(consignees.save(null, null, body.values()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a consignee (ADMIN, PRIVACY_MANAGER); send the version you read")
    ConsigneeDto update(@PathVariable long id, @Valid @RequestBody ConsigneeDto body) {
        return ConsigneeDto.of(consignees.save(id, body.version(), body.values()));
    }
}
