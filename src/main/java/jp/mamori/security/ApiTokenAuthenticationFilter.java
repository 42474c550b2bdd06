package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.mamori.shared.security.MamoriPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer mmr_…} authenticates an API call as the token's owner. */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenAuthenticator tokens;
    private final LoginAuditService audit;

    ApiTokenAuthenticationFilter(ApiTokenAuthenticator tokens, LoginAuditService audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            String secret = header.substring("Bearer ".length()).strip();
            MamoriPrincipal principal = tokens.authenticate(secret).orElse(null);
            if (principal == null) {
                audit.record("(api token)", LoginEvent.Kind.LOGIN_FAILED, "invalid API token");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            MamoriPrincipal safe = principal.withoutPassword();
            var authentication = UsernamePasswordAuthenticationToken.authenticated(safe, null, safe.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
