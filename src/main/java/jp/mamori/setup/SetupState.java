package jp.mamori.setup;

import java.util.concurrent.atomic.AtomicBoolean;
import jp.mamori.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/** Whether first-run setup is done; once true it stays true, so it is asked of the database only until then. */
@Component
public class SetupState {

    private final OrganisationService organisation;
    private final AtomicBoolean done = new AtomicBoolean();

    SetupState(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public boolean isDone() {
        if (!done.get() && organisation.isSetUp()) {
            done.set(true);
        }
        return done.get();
    }
}
