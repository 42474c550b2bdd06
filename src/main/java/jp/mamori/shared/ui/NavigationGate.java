package jp.mamori.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Hides a navigation entry that a person's roles would allow but their records do not: a
 * worker who manages no department has no ledger entries to keep, though a manager with the
 * same role does. A feature contributes one as a Spring bean for its own view.
 */
public interface NavigationGate {

    Class<? extends Component> view();

    /** Whether the signed-in person has anything to do in the view. */
    boolean open();
}
