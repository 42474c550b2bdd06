package jp.mamori.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's authentication events into the login audit trail and the
 * failed-login counter. Successful API calls are not logins and are not recorded one by one.
 */
@Component
class LoginAuditListener {

    private final LoginAuditService audit;
    private final AccountLockService locks;

    LoginAuditListener(LoginAuditService audit, AccountLockService locks) {
        this.audit = audit;
        this.locks = locks;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        locks.recordSuccess(username);
        audit.record(username, LoginEvent.Kind.LOGIN, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event.getException() instanceof LockedException) {
            audit.record(username, LoginEvent.Kind.LOCKED_OUT, null);
            return;
        }
        locks.recordFailure(username);
        audit.record(username, LoginEvent.Kind.LOGIN_FAILED, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), LoginEvent.Kind.LOGOUT, null);
    }
}
