package jp.mamori.setup;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Until the first administrator exists, every page leads to the setup page; afterwards it is gone. */
@Component
class SetupGuard implements VaadinServiceInitListener {

    private final SetupState state;

    SetupGuard(SetupState state) {
        this.state = state;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        boolean toSetup = SetupView.class.equals(event.getNavigationTarget());
        if (!state.isDone() && !toSetup) {
            event.rerouteTo(SetupView.class);
        } else if (state.isDone() && toSetup) {
            event.forwardTo("login");
        }
    }
}
