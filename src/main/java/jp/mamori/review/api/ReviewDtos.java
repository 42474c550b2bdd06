package jp.mamori.review.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.review.ManagementReview;
import jp.mamori.review.ReviewDraft;
import jp.mamori.review.ReviewSection;
import jp.mamori.review.ReviewStatus;

/** The records the management-review API reads and writes. */
final class ReviewDtos {

    private ReviewDtos() {
    }

    record CreateReview(@NotNull(message = "{validation.required}") LocalDate periodFrom,
                        @NotNull(message = "{validation.required}") LocalDate periodTo,
                        LocalDate meetingDate,
                        @Size(max = 1000, message = "{validation.maxLength}") String attendees) {
    }

    record SectionDto(Long id, String sourceKey,
                      @Size(max = 300, message = "{validation.maxLength}") String title,
                      @Size(max = 20000, message = "{validation.maxLength}") String body) {

        static SectionDto of(ReviewSection section) {
            return new SectionDto(section.getId(), section.getSourceKey(), section.getTitle(), section.getBody());
        }
    }

    record UpdateReview(Long version, LocalDate meetingDate,
                        @Size(max = 1000, message = "{validation.maxLength}") String attendees,
                        List<SectionDto> sections) {

        ReviewDraft draft() {
            return new ReviewDraft(meetingDate, attendees, sections == null ? List.of() : sections.stream()
                    .map(s -> new ReviewDraft.Section(s.id(), s.title(), s.body())).toList());
        }
    }

    record Decision(Long version,
                    @Size(max = 8000, message = "{validation.maxLength}") String decisions,
                    @Size(max = 8000, message = "{validation.maxLength}") String instructions) {
    }

    record ReviewDto(long id, long version, LocalDate periodFrom, LocalDate periodTo, LocalDate meetingDate,
                     String attendees, ReviewStatus status, String decisions, String instructions, Instant decidedAt,
                     String decidedBy, Instant createdAt, String createdBy, List<SectionDto> sections) {

        static ReviewDto of(ManagementReview review, boolean withSections) {
            return new ReviewDto(review.getId(), review.getVersion(), review.getPeriodFrom(), review.getPeriodTo(),
                    review.getMeetingDate(), review.getAttendees(), review.getStatus(), review.getDecisions(),
                    review.getInstructions(), review.getDecidedAt(),
                    review.getDecidedBy() == null ? null : review.getDecidedBy().getDisplayName(),
                    review.getCreatedAt(), review.getCreatedBy(),
                    withSections ? review.getSections().stream().map(SectionDto::of).toList() : null);
        }
    }
}
