package jp.mamori.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.mamori.shared.i18n.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets a bounded number of API calls run at once and queues the rest first come, first served.
 * <p>
 * On a deadline day hundreds of workers call at the same moment. Run all together, they share
 * two cores, the connection pool and a thread scheduler that favours nobody: every call is
 * slowed, and the unlucky ones wait for a connection or a core several times over, so the
 * slowest calls take twice the average. Admitted in arrival order, each call runs at full speed
 * once it starts and the waiting is shared evenly. A call that waits longer than the admission
 * timeout is answered 503 with {@code Retry-After} (in the caller's language) instead of hanging.
 */
public class ApiAdmission extends OncePerRequestFilter {

    private static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore running;
    private final long timeoutNanos;
    private final Messages messages;
    private final JsonMapper json;
    private final Timer waited;

    public ApiAdmission(int maxConcurrentCalls, long timeoutMillis, Messages messages, JsonMapper json,
                        MeterRegistry meters) {
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("at least one API call must be admitted");
        }
        this.running = new Semaphore(maxConcurrentCalls, true);
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.messages = messages;
        this.json = json;
        this.waited = Timer.builder("mamori.api.admission.wait")
                .description("Time an API call waited for admission, refused calls included").register(meters);
        Gauge.builder("mamori.api.admission.queue", running, Semaphore::getQueueLength)
                .description("API calls waiting for admission now").register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        long start = System.nanoTime();
        try {
            admitted = running.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        waited.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        if (!admitted) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    /** Calls waiting for admission now (also the gauge {@code mamori.api.admission.queue}). */
    public int waiting() {
        return running.getQueueLength();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The caller is not authenticated yet: its header, else Japanese.
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Messages.JAPANESE
                : Messages.supported(request.getLocale());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.get(locale, "error.busy.title"));
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", messages.get(locale, "error.busy", RETRY_AFTER_SECONDS));
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
