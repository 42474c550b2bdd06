package jp.mamori.report.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import jp.mamori.report.PackBuild;
import org.springframework.stereotype.Component;

/** Removes a session's pack when the session ends, so that temporary zips do not pile up. */
@Component
class PackCleanup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed ->
                Optional.ofNullable(destroyed.getSession().getAttribute(PackBuild.class)).ifPresent(PackBuild::discard));
    }
}
