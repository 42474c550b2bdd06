package jp.mamori.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's contribution to the header (the notification bell, for instance), created anew
 * for each page so that it can show per-user state.
 */
public interface HeaderWidget {

    Optional<Component> create();
}
