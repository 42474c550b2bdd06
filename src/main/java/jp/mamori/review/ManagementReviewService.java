package jp.mamori.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management reviews: the privacy manager creates the draft, which gathers every feature's
 * inputs for the period, and edits it; top management records decisions and instructions,
 * which locks it. Privacy managers, top management, auditors and administrators read them.
 */
@Service
public class ManagementReviewService {

    static final String READERS = "hasAnyRole('PRIVACY_MANAGER','TOP_MANAGEMENT','AUDITOR','ADMIN')";

    private final ManagementReviewRepository reviews;
    private final List<ReviewInputSource> sources;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ManagementReviewService(ManagementReviewRepository reviews, List<ReviewInputSource> sources, Clock clock) {
        this.reviews = reviews;
        this.sources = sources;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ManagementReview> list() {
        return reviews.findAllByOrderByPeriodToDescIdDesc();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ManagementReview get(long id) {
        ManagementReview review = reviews.findById(id).orElseThrow();
        initialise(review);
        return review;
    }

    /** Creates the draft for a period with every source's inputs, in their order. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public ManagementReview create(LocalDate from, LocalDate to, LocalDate meetingDate, String attendees, Locale locale) {
        if (from == null) {
            throw RuleViolation.onField("periodFrom", "review.error.periodRequired");
        }
        if (to == null) {
            throw RuleViolation.onField("periodTo", "review.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.onField("periodTo", "review.error.periodOrder");
        }
        ManagementReview review = new ManagementReview(from, to, meetingDate, limit(strip(attendees), 1000),
                clock.instant(), CurrentUser.usernameOrSystem());
        sources.stream()
                .flatMap(source -> source.inputsFor(from, to, locale).stream())
                .sorted(Comparator.comparingInt(ReviewInput::order).thenComparing(ReviewInput::key))
                .forEach(input -> review.addSection(input.key(), limit(input.title(), 300),
                        limit(String.join("\n", input.lines()), 20000)));
        ManagementReview saved = reviews.saveAndFlush(review);
        initialise(saved);
        return saved;
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public ManagementReview saveDraft(long id, Long expectedVersion, ReviewDraft draft) {
        ManagementReview review = reviews.findById(id).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(review, expectedVersion);
        }
        requireDraft(review);
        Map<Long, ReviewSection> stored = new HashMap<>();
        review.getSections().forEach(section -> stored.put(section.getId(), section));
        List<ReviewDraft.Section> edited = draft.sections() == null ? List.of() : draft.sections();
        review.getSections().removeIf(section -> edited.stream().noneMatch(e -> section.getId().equals(e.id())));
        for (ReviewDraft.Section section : edited) {
            String title = limit(strip(section.title()), 300);
            if (title == null) {
                throw RuleViolation.onField("sections", "review.error.sectionTitleRequired");
            }
            String body = limit(section.body(), 20000);
            if (section.id() == null) {
                review.addSection(null, title, body);
            } else {
                ReviewSection existing = stored.get(section.id());
                if (existing == null) {
                    throw RuleViolation.onField("sections", "review.error.unknownSection");
                }
                existing.edit(title, body);
            }
        }
        review.editMeeting(draft.meetingDate(), limit(strip(draft.attendees()), 1000), clock.instant());
        ManagementReview saved = reviews.saveAndFlush(review);
        initialise(saved);
        return saved;
    }

    /** Top management records its decisions and instructions; the review is locked from then on. */
    @PreAuthorize("hasRole('TOP_MANAGEMENT')")
    @Transactional
    public ManagementReview decide(long id, Long expectedVersion, String decisions, String instructions) {
        ManagementReview review = reviews.findById(id).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(review, expectedVersion);
        }
        requireDraft(review);
        if (review.getMeetingDate() == null) {
            throw RuleViolation.onField("meetingDate", "review.error.meetingDateRequired");
        }
        String decided = strip(decisions);
        if (decided == null) {
            throw RuleViolation.onField("decisions", "review.error.decisionsRequired");
        }
        UserAccount me = entityManager.find(UserAccount.class, CurrentUser.require().userId());
        review.decide(limit(decided, 8000), limit(strip(instructions), 8000), me, clock.instant());
        ManagementReview saved = reviews.saveAndFlush(review);
        initialise(saved);
        return saved;
    }

    private static void requireDraft(ManagementReview review) {
        if (review.getStatus() != ReviewStatus.DRAFT) {
            throw new RuleViolation("review.error.decided");
        }
    }

    static void initialise(ManagementReview review) {
        review.getSections().size();
        if (review.getDecidedBy() != null) {
            review.getDecidedBy().getDisplayName();
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
