package jp.mamori.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notice settings: read by the privacy manager, auditors and top management; changed by the privacy manager. */
@Service
public class NoticeSettingsService {

    static final String READERS = "hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')";
    static final int MAX_WORDING = 20_000;
    static final int MAX_CODE = 120;

    private final NoticeSettingsRepository settings;
    private final NoticeWordingRepository wordings;
    private final Messages messages;
    private final Clock clock;

    NoticeSettingsService(NoticeSettingsRepository settings, NoticeWordingRepository wordings, Messages messages,
                          Clock clock) {
        this.settings = settings;
        this.wordings = wordings;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public NoticeConfiguration configuration() {
        NoticeSettings stored = stored();
        Map<String, Wording> texts = wordings.findAll().stream()
                .collect(Collectors.toMap(NoticeWording::getCode, NoticeWording::wording));
        return new NoticeConfiguration(stored.getAccredited(), texts, stored.getVersion());
    }

    /**
     * Replaces the settings: the accredited organisation and every wording given (a missing
     * code keeps its stored wording; an empty one clears it, bringing back the standard wording).
     */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public NoticeConfiguration save(NoticeConfiguration changed, Long expectedVersion) {
        NoticeSettings stored = stored();
        if (expectedVersion != null) {
            StaleRecordException.check(stored, expectedVersion);
        }
        if (changed.accredited() == null) {
            throw RuleViolation.onField("accredited", "validation.required");
        }
        changed.wordings().forEach((code, wording) -> {
            if (!known(code)) {
                throw RuleViolation.onField(code, "notice.error.unknownText", code);
            }
            if (length(wording.ja()) > MAX_WORDING || length(wording.en()) > MAX_WORDING) {
                throw RuleViolation.onField(code, "validation.maxLength", MAX_WORDING);
            }
        });
        changed.wordings().forEach((code, wording) -> {
            NoticeWording row = wordings.findByCode(code).orElseGet(() -> new NoticeWording(code));
            if (!row.wording().equals(wording)) {
                row.change(wording);
                wordings.save(row);
            }
        });
        stored.change(changed.accredited(), CurrentUser.usernameOrSystem(), Instant.now(clock));
        settings.saveAndFlush(stored);
        return configuration();
    }

    /** The standard wording of a code in both languages, from the bundle; empty when there is none. */
    public Wording standardWording(String code) {
        return new Wording(standard(Messages.JAPANESE, code), standard(Messages.ENGLISH, code));
    }

    String standard(Locale locale, String code, Object... args) {
        String key = "notice.default." + code.replace(NoticeText.SAFEGUARD_PREFIX, "safeguard.");
        return messages.has(key) ? messages.get(locale, key, args) : null;
    }

    private static boolean known(String code) {
        return code != null && code.length() <= MAX_CODE && (code.startsWith(NoticeText.SAFEGUARD_PREFIX)
                || code.startsWith(NoticeText.CATEGORY_PREFIX)
                || Arrays.stream(NoticeText.values()).anyMatch(text -> text.code().equals(code)));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private NoticeSettings stored() {
        return settings.findFirstByOrderByIdAsc().orElseThrow();
    }
}
