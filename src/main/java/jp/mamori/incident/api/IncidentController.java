package jp.mamori.incident.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import jp.mamori.incident.Incident;
import jp.mamori.incident.IncidentFilter;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.IncidentStatus;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.web.ProblemDetailsAdvice;
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

/** The breach register: PRIVACY_MANAGER writes; AUDITOR and TOP_MANAGEMENT read (enforced in the service). */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Breaches")
class IncidentController {

    private static final int MAX_PAGE_SIZE = 500;

    private final IncidentService incidents;
    private final Messages messages;

    IncidentController(IncidentService incidents, Messages messages) {
        this.incidents = incidents;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List breaches, latest learned first, optionally filtered (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    List<IncidentDto> list(@RequestParam(required = false) IncidentStatus status,
                           @RequestParam(required = false) Boolean reportable,
                           @RequestParam(required = false) Boolean overdue,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "100") int size,
                           HttpServletRequest request) {
        Locale locale = ProblemDetailsAdvice.locale(request);
        return incidents.page(new IncidentFilter(status, reportable, overdue),
                        PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE),
                                Sort.by(Sort.Order.desc("learnedOn"), Sort.Order.desc("id"))))
                .stream().map(incident -> dto(incident, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a breach with its reportability and deadlines (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    IncidentDto get(@PathVariable long id, HttpServletRequest request) {
        return dto(incidents.get(id), ProblemDetailsAdvice.locale(request));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a breach (PRIVACY_MANAGER); returns the computed reportability and deadlines")
    IncidentDto create(@Valid @RequestBody IncidentDto body, HttpServletRequest request) {
        return dto(incidents.save(null, null, body.values()), ProblemDetailsAdvice.locale(request));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a breach (PRIVACY_MANAGER); send the version you read")
    IncidentDto update(@PathVariable long id, @Valid @RequestBody IncidentDto body, HttpServletRequest request) {
        return dto(incidents.save(id, body.version(), body.values()), ProblemDetailsAdvice.locale(request));
    }

    private IncidentDto dto(Incident incident, Locale locale) {
        List<IncidentDto.Reason> reasons = incidents.assess(incident.criteria()).reasons().stream()
                .map(reason -> new IncidentDto.Reason(reason.name(), messages.label(locale, reason)))
                .toList();
        return IncidentDto.of(incident, reasons);
    }
}
