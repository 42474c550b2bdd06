package jp.mamori.safeguard;

import java.time.Clock;
import java.util.List;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.Like;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of answers. An upload is checked on the server (size, type by content) before
 * anything is stored; its SHA-256 is kept and verified on every download, so a file changed in
 * the database behind Mamori's back is refused rather than served.
 */
@Service
public class EvidenceService {

    private static final int MAX_NAME = 255;

    private final SafeguardEvidenceRepository evidence;
    private final EvidenceContentRepository contents;
    private final OperationalCheckService checks;
    private final SafeguardSettings settings;
    private final Clock clock;

    EvidenceService(SafeguardEvidenceRepository evidence, EvidenceContentRepository contents,
                    OperationalCheckService checks, SafeguardSettings settings, Clock clock) {
        this.evidence = evidence;
        this.contents = contents;
        this.checks = checks;
        this.settings = settings;
        this.clock = clock;
    }

    /** The largest file accepted, for upload components that can refuse early. */
    public long maxBytes() {
        return settings.evidenceMaxBytes();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SafeguardEvidence upload(long answerId, String fileName, byte[] content) {
        CheckAnswer answer = checks.loadAnswer(answerId);
        checks.requireMayAnswer(answer);
        String name = cleanName(fileName);
        if (content.length > settings.evidenceMaxBytes()) {
            throw new RuleViolation("safeguard.evidence.error.tooLarge", name, settings.evidenceMaxMegabytes());
        }
        EvidenceInspector.Kind kind = EvidenceInspector.inspect(name, content);
        SafeguardEvidence saved = evidence.save(new SafeguardEvidence(answer, name, kind.contentType(), content.length,
                SafeguardEvidence.checksum(content), CurrentUser.usernameOrSystem(), clock.instant()));
        contents.save(new EvidenceContent(saved.getId(), content));
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SafeguardEvidence> forAnswer(long answerId) {
        CheckAnswer answer = checks.loadAnswer(answerId);
        checks.requireVisible(answer.getCheck(), List.of(answer));
        return evidence.findByAnswerIdOrderByUploadedAtAsc(answerId);
    }

    /** The evidence browser: every file, narrowed by file name, item code or department. */
    @PreAuthorize(SafeguardCatalogueService.READERS)
    @Transactional(readOnly = true)
    public Page<SafeguardEvidence> page(String text, Pageable pageable) {
        return evidence.search(like(text), pageable);
    }

    @PreAuthorize(SafeguardCatalogueService.READERS)
    @Transactional(readOnly = true)
    public long count(String text) {
        return evidence.search(like(text), Pageable.ofSize(1)).getTotalElements();
    }

    /** The file, once its checksum matches the one taken at upload. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile download(long evidenceId) {
        SafeguardEvidence file = evidence.findById(evidenceId).orElseThrow();
        CheckAnswer answer = checks.loadAnswer(file.getAnswer().getId());
        checks.requireVisible(answer.getCheck(), List.of(answer));
        byte[] content = file.intact(contents.findById(evidenceId).orElseThrow().content(),
                "safeguard.evidence.error.tampered");
        return new EvidenceFile(file.getFileName(), file.getContentType(), content);
    }

    /** Only the last path segment, without control characters, of a sensible length. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return Like.contains(text);
    }
}
