package jp.mamori.consignee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What is entered about a document. A contract or NDA needs its end date (the obligation);
 * evidence may name the assessment it supports.
 */
public record DocumentValues(@NotNull(message = "{validation.required}") DocumentKind kind,
                             @NotBlank(message = "{validation.required}")
                             @Size(max = 200, message = "{validation.maxLength}") String title,
                             LocalDate signedOn, LocalDate endsOn, Long assessmentId) {
}
