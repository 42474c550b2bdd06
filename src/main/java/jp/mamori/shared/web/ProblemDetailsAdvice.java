package jp.mamori.shared.web;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.tabular.ImportRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as {@code application/problem+json} with a message in the caller's
 * language (their saved preference, else Accept-Language, else Japanese). Validation errors
 * name the field.
 */
@RestControllerAdvice(basePackages = "jp.mamori")
public class ProblemDetailsAdvice {

    private final Messages messages;

    public ProblemDetailsAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        Locale locale = locale(request);
        List<Map<String, String>> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", error.getDefaultMessage() == null ? "" : messages.source()
                                .getMessage(error, locale)))
                .toList();
        return validationProblem(locale, fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e, HttpServletRequest request) {
        Locale locale = locale(request);
        List<Map<String, String>> fields = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return validationProblem(locale, fields);
    }

    /** 400 naming each field and its message. */
    private ProblemDetail validationProblem(Locale locale, List<Map<String, String>> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, locale, "error.validation.title");
        problem.setDetail(String.join("; ", fields.stream().map(f -> f.get("field") + ": " + f.get("message")).toList()));
        problem.setProperty("errors", fields);
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, locale, "error.rule.title");
        problem.setDetail(messages.get(locale, e.messageKey(), e.arguments()));
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", problem.getDetail())));
        }
        return problem;
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail importRejected(ImportRejected e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, locale, "import.rejected");
        problem.setDetail(messages.get(locale, "import.rejected.detail", e.errors().size()));
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockException.class,
            StaleRecordException.class})
    ProblemDetail conflict(RuntimeException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, locale, "error.conflict.title");
        problem.setDetail(messages.get(locale, "error.conflict"));
        return problem;
    }

    @ExceptionHandler({EntityNotFoundException.class, NoResourceFoundException.class,
            java.util.NoSuchElementException.class})
    ProblemDetail notFound(Exception e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, locale, "error.notFound.title");
        problem.setDetail(messages.get(locale, "error.notFound"));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, locale, "error.forbidden.title");
        problem.setDetail(messages.get(locale, "error.forbidden"));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, Locale locale, String titleKey) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.get(locale, titleKey));
        return problem;
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The request's Accept-Language when given, else the caller's saved language, else Japanese. */
    public static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            return Messages.supported(request.getLocale());
        }
        return Messages.supported(CurrentUser.get().map(MamoriPrincipal::locale).orElse(Messages.JAPANESE));
    }
}
