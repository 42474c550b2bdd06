package jp.mamori.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.RouteNotFoundError;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on views a person may not open. */
public final class ViewAccess {

    private ViewAccess() {
    }

    /**
     * The navigation was refused the way Vaadin's view access control refuses it: as an unknown
     * route, so that a person cannot even learn that the view exists. Any other failure (an error
     * inside the view, a missing bean) fails the assertion.
     */
    public static void assertHidden(ThrowingCallable navigation, Supplier<Object> currentView, Class<?> view) {
        assertThatThrownBy(navigation).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RouteNotFoundError.class.getName())
                .hasMessageContaining(view.getName());
        assertThat(currentView.get()).isInstanceOf(RouteNotFoundError.class);
    }
}
