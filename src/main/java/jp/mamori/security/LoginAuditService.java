package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records logins, failures, lockouts and logouts; administrators read them. */
@Service
public class LoginAuditService {

    private final LoginEventRepository events;
    private final Clock clock;

    LoginAuditService(LoginEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, LoginEvent.Kind kind, String detail) {
        String remote = null;
        String agent = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            remote = request.getRemoteAddr();
            agent = request.getHeader("User-Agent");
        }
        events.save(new LoginEvent(clock.instant(), username == null ? "" : username, kind, remote, agent, detail));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<LoginEvent> search(String username, LoginEvent.Kind kind, Pageable pageable) {
        return events.search(blankToNull(username), kind, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String username, LoginEvent.Kind kind) {
        return events.countMatching(blankToNull(username), kind);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
