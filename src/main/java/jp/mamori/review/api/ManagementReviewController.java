package jp.mamori.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.util.List;
import jp.mamori.review.ManagementReviewMinutes;
import jp.mamori.review.ManagementReviewService;
import jp.mamori.review.api.ReviewDtos.CreateReview;
import jp.mamori.review.api.ReviewDtos.Decision;
import jp.mamori.review.api.ReviewDtos.ReviewDto;
import jp.mamori.review.api.ReviewDtos.UpdateReview;
import jp.mamori.shared.web.ProblemDetailsAdvice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Management reviews: privacy managers draft, top management decides; roles are enforced by the services. */
@RestController
@RequestMapping("/api/v1/management-reviews")
@Tag(name = "Management reviews")
class ManagementReviewController {

    private final ManagementReviewService reviews;
    private final ManagementReviewMinutes minutes;

    ManagementReviewController(ManagementReviewService reviews, ManagementReviewMinutes minutes) {
        this.reviews = reviews;
        this.minutes = minutes;
    }

    @GetMapping
    @Operation(summary = "Reviews, newest period first (PRIVACY_MANAGER, TOP_MANAGEMENT, AUDITOR)")
    List<ReviewDto> list() {
        return reviews.list().stream().map(review -> ReviewDto.of(review, false)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the draft of a period, gathered from every module's inputs in the caller's language (PRIVACY_MANAGER)")
    ReviewDto create(@Valid @RequestBody CreateReview body, HttpServletRequest request) {
        return ReviewDto.of(reviews.create(body.periodFrom(), body.periodTo(), body.meetingDate(), body.attendees(),
                ProblemDetailsAdvice.locale(request)), true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A review with its sections")
    ReviewDto get(@PathVariable long id) {
        return ReviewDto.of(reviews.get(id), true);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a draft: meeting, attendees and the full list of sections (PRIVACY_MANAGER); send the version you read")
    ReviewDto update(@PathVariable long id, @Valid @RequestBody UpdateReview body) {
        return ReviewDto.of(reviews.saveDraft(id, body.version(), body.draft()), true);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Record top management's decisions and instructions; locks the review (TOP_MANAGEMENT)")
    ReviewDto decide(@PathVariable long id, @Valid @RequestBody Decision body) {
        return ReviewDto.of(reviews.decide(id, body.version(), body.decisions(), body.instructions()), true);
    }

    @GetMapping("/{id}/minutes")
    @Operation(summary = "The minutes as PDF")
    ResponseEntity<byte[]> minutes(@PathVariable long id, HttpServletRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        minutes.write(id, out, ProblemDetailsAdvice.locale(request));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("management-review-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(out.toByteArray());
    }
}
