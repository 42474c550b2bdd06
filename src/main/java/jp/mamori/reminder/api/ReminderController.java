package jp.mamori.reminder.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.reminder.ReminderAdminService;
import jp.mamori.reminder.SweepResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Running the reminder engine by hand (ADMIN). */
@RestController
@RequestMapping("/api/v1/reminders")
@Tag(name = "Reminders")
class ReminderController {

    private final ReminderAdminService admin;

    ReminderController(ReminderAdminService admin) {
        this.admin = admin;
    }

    /** What the sweep did. */
    record SweepDto(long sweepId, String sweepDate, long obligations, long candidates, long created, long durationMillis) {

        static SweepDto of(SweepResult result) {
            return new SweepDto(result.sweepId(), result.sweepDate().toString(), result.obligations(), result.candidates(),
                    result.created(), result.duration().toMillis());
        }
    }

    @PostMapping("/sweep")
    @Operation(summary = "Sweep every obligation source now (ADMIN); returns the counts")
    SweepDto sweep() {
        return SweepDto.of(admin.sweepNow());
    }
}
