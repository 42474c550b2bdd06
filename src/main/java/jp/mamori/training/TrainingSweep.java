package jp.mamori.training;

import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily run of the assignment rules, as "system". On the first day of a fiscal year it
 * reopens every annual course for everyone its rules reach; every day it catches new hires.
 */
@Component
class TrainingSweep {

    private static final Logger log = LoggerFactory.getLogger(TrainingSweep.class);

    private final AssignmentService assignments;
    private final Clock clock;

    TrainingSweep(AssignmentService assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    int run() {
        LocalDate today = LocalDate.now(clock);
        int created = SystemActor.call(() -> assignments.applyRules(today));
        if (created > 0) {
            log.info("Training rules created {} assignments on {}", created, today);
        }
        return created;
    }
}
