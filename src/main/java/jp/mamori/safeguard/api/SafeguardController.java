package jp.mamori.safeguard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import jp.mamori.safeguard.ReadinessService;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardFramework;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.web.ProblemDetailsAdvice;
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

/** The safeguard catalogue and readiness: privacy managers tailor, auditors and top management read. */
@RestController
@RequestMapping("/api/v1/safeguards")
@Tag(name = "Safeguards")
class SafeguardController {

    private final SafeguardCatalogueService catalogue;
    private final ReadinessService readiness;
    private final Messages messages;

    SafeguardController(SafeguardCatalogueService catalogue, ReadinessService readiness, Messages messages) {
        this.catalogue = catalogue;
        this.readiness = readiness;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List catalogue items, of one framework (PPC, PMK...) or all (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    List<SafeguardItemDto> list(@RequestParam(required = false) String framework) {
        return frameworks(framework).stream()
                .flatMap(f -> catalogue.items(f.getId()).stream())
                .map(SafeguardItemDto::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a catalogue item")
    SafeguardItemDto get(@PathVariable long id) {
        return SafeguardItemDto.of(catalogue.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Tailor an item (PRIVACY_MANAGER): enabled and reason, departments, frequency, owner, clause text")
    SafeguardItemDto tailor(@PathVariable long id, @Valid @RequestBody SafeguardItemDto body) {
        return SafeguardItemDto.of(catalogue.tailor(id, body.version(), body.values()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one of the organisation's own items under a heading (PRIVACY_MANAGER)")
    SafeguardItemDto add(@Valid @RequestBody SafeguardItemDto body) {
        if (body.headingId() == null) {
            throw RuleViolation.onField("headingId", "safeguard.error.unknownHeading");
        }
        return SafeguardItemDto.of(catalogue.addCustom(body.headingId(), body.values()));
    }

    @GetMapping("/readiness")
    @Operation(summary = "Readiness per framework and heading under the JAPHIC rule (mandatory 100%, desirable at least 70%)")
    List<ReadinessDto> readiness(@RequestParam(required = false) String framework, HttpServletRequest request) {
        Locale locale = ProblemDetailsAdvice.locale(request);
        String rule = messages.get(locale, "safeguard.readiness.rule");
        return frameworks(framework).stream()
                .map(f -> ReadinessDto.of(readiness.readiness(f.getId()), rule, locale))
                .toList();
    }

    private List<SafeguardFramework> frameworks(String code) {
        return code == null || code.isBlank() ? catalogue.frameworks() : List.of(catalogue.framework(code));
    }
}
