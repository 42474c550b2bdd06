package jp.mamori.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.audit.ActionFilter;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.audit.CorrectiveActionStatus;
import jp.mamori.audit.api.ActionDtos.ActionDto;
import jp.mamori.audit.api.ActionDtos.Adopted;
import jp.mamori.audit.api.ActionDtos.RaiseBody;
import jp.mamori.audit.api.ActionDtos.TransitionBody;
import jp.mamori.audit.api.ActionDtos.TransitionDto;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrective actions. The lifecycle moves only through {@code POST /{id}/transitions}, which
 * refuses (422) any step that does not follow, lacks what the step must record, or is taken
 * by someone who may not take it.
 */
@RestController
@RequestMapping("/api/v1/corrective-actions")
@Tag(name = "Corrective actions")
class CorrectiveActionController {

    private final CorrectiveActionService actions;
    private final Clock clock;

    CorrectiveActionController(CorrectiveActionService actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Corrective actions by due date (AUDITOR, PRIVACY_MANAGER, TOP_MANAGEMENT: all; others: their own)")
    List<ActionDto> list(@RequestParam(required = false) CorrectiveActionStatus status,
                         @RequestParam(defaultValue = "false") boolean mine,
                         @RequestParam(defaultValue = "false") boolean running,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "100") int size) {
        LocalDate today = LocalDate.now(clock);
        return actions.page(new ActionFilter(status, mine, running),
                        PageRequest.of(page, Math.min(Math.max(size, 1), 500), Sort.by("dueDate", "id")))
                .stream().map(action -> ActionDto.of(action, today, null)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a corrective action after an incident (INCIDENT, with incidentId) or for another cause (OTHER) (PRIVACY_MANAGER)")
    ActionDto raise(@Valid @RequestBody RaiseBody body) {
        return full(actions.raise(body.request()).getId());
    }

    @PostMapping("/adoptions")
    @Operation(summary = "Adopt every open safeguard follow-up that has no corrective action yet (PRIVACY_MANAGER)")
    Adopted adoptFollowUps() {
        return new Adopted(actions.adoptOpenFollowUps());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A corrective action with its timeline (owner, or AUDITOR, PRIVACY_MANAGER, TOP_MANAGEMENT)")
    ActionDto get(@PathVariable long id) {
        return full(id);
    }

    @GetMapping("/{id}/transitions")
    @Operation(summary = "The timeline: every step, who took it, when, with what")
    List<TransitionDto> timeline(@PathVariable long id) {
        return actions.timeline(id).stream().map(TransitionDto::of).toList();
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move to the next step: IMMEDIATE_CORRECTION → ROOT_CAUSE_ANALYSIS → PLANNING → IMPLEMENTATION → "
            + "VERIFICATION → CLOSED (effective) or back to PLANNING (not effective). Send what the step being left "
            + "recorded (immediateCorrection, rootCause, plan + dueDate [+ ownerId], implementation, verification) and the "
            + "version you read. Verification is by a PRIVACY_MANAGER or AUDITOR other than the owner and the implementer.")
    ActionDto transition(@PathVariable long id, @Valid @RequestBody TransitionBody body) {
        return full(actions.transition(id, body.request()).getId());
    }

    private ActionDto full(long id) {
        return ActionDto.of(actions.get(id), LocalDate.now(clock), actions.timeline(id));
    }
}
