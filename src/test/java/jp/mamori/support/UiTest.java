package jp.mamori.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import jp.mamori.shared.security.MamoriPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless UI tests on the real application context and database, as a chosen person. */
@MamoriIntegrationTest
public abstract class UiTest extends SpringBrowserlessTest {

    @Autowired
    protected Fixtures fixtures;

    /** Signs in; the next {@code navigate} applies view access control to this person. */
    protected void login(MamoriPrincipal principal) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    protected String lastNotificationText() {
        var notifications = $(Notification.class).all();
        return notifications.isEmpty() ? "" : test(notifications.getLast()).getText();
    }
}
