package jp.mamori.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.mamori.shared.i18n.Labelled;

/** One line of the login audit trail. Never edited, never deleted by the application. */
@Entity
@Table(name = "login_event")
public class LoginEvent {

    public enum Kind implements Labelled {
        LOGIN, LOGIN_FAILED, LOCKED_OUT, LOGOUT;

        @Override
        public String labelKey() {
            return "loginEvent.kind." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Column(name = "remote_addr", length = 64)
    private String remoteAddr;

    @Column(name = "user_agent", length = 512)
    private String userAgent;

    @Column(length = 255)
    private String detail;

    protected LoginEvent() {
    }

    LoginEvent(Instant occurredAt, String username, Kind kind, String remoteAddr, String userAgent, String detail) {
        this.occurredAt = occurredAt;
        this.username = truncate(username, 255);
        this.kind = kind;
        this.remoteAddr = truncate(remoteAddr, 64);
        this.userAgent = truncate(userAgent, 512);
        this.detail = truncate(detail, 255);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Kind getKind() {
        return kind;
    }

    public String getRemoteAddr() {
        return remoteAddr;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getDetail() {
        return detail;
    }
}
