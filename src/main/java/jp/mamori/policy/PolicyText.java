package jp.mamori.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the privacy manager writes in a version: the body in Japanese (required) and English,
 * as plain text with a few Markdown marks, and what changed since the previous version.
 */
public record PolicyText(
        @NotBlank(message = "{validation.required}") @Size(max = MAX_BODY, message = "{validation.maxLength}") String bodyJa,
        @Size(max = MAX_BODY, message = "{validation.maxLength}") String bodyEn,
        @Size(max = 1000, message = "{validation.maxLength}") String changeSummary) {

    public static final int MAX_BODY = 100_000;
}
