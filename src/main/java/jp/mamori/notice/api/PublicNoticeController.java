package jp.mamori.notice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import jp.mamori.notice.AccreditedOrganisation;
import jp.mamori.notice.NoticeConfiguration;
import jp.mamori.notice.NoticeSettingsService;
import jp.mamori.notice.PublicNoticeService;
import jp.mamori.notice.Wording;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.web.ProblemDetailsAdvice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public notice generated from the records, and its settings. PRIVACY_MANAGER, AUDITOR
 * and TOP_MANAGEMENT read; PRIVACY_MANAGER changes the settings (enforced in the services).
 */
@RestController
@RequestMapping("/api/v1/public-notice")
@Tag(name = "Public notice")
class PublicNoticeController {

    private final PublicNoticeService notices;
    private final NoticeSettingsService settings;

    PublicNoticeController(PublicNoticeService notices, NoticeSettingsService settings) {
        this.notices = notices;
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "The notice as an HTML fragment to paste on a website or as PDF; lang is ja or en "
            + "(default: the caller's language)")
    ResponseEntity<byte[]> notice(@RequestParam(defaultValue = "html") String format,
                                  @RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = language(lang, request);
        String name = "public-notice-" + locale.getLanguage();
        return switch (format) {
            case "html" -> file(notices.html(locale).getBytes(StandardCharsets.UTF_8),
                    new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), name + ".html");
            case "pdf" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                notices.pdf(locale, out);
                yield file(out.toByteArray(), MediaType.APPLICATION_PDF, name + ".pdf");
            }
            default -> throw RuleViolation.onField("format", "notice.error.format", format);
        };
    }

    @GetMapping("/settings")
    @Operation(summary = "The notice settings: accredited organisation and the stored wordings by code")
    NoticeConfiguration settings() {
        return settings.configuration();
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the settings (PRIVACY_MANAGER); wordings not sent keep their text; send the version you read")
    NoticeConfiguration save(@RequestBody SettingsBody body) {
        return settings.save(new NoticeConfiguration(body.accredited(),
                body.wordings() == null ? Map.of() : body.wordings(), 0), body.version());
    }

    record SettingsBody(Long version, AccreditedOrganisation accredited, Map<String, Wording> wordings) {
    }

    private static Locale language(String lang, HttpServletRequest request) {
        if (lang == null || lang.isBlank()) {
            return ProblemDetailsAdvice.locale(request);
        }
        return switch (lang) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw RuleViolation.onField("lang", "notice.error.lang", lang);
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }
}
