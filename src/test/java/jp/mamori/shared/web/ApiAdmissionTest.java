package jp.mamori.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.mamori.shared.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ApiAdmissionTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private ApiAdmission admission(int concurrent, long timeoutMillis) {
        return new ApiAdmission(concurrent, timeoutMillis, new Messages(), JsonMapper.builder().build(), meters);
    }

    private static MockHttpServletRequest call(String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/training-assignments/1/attestation");
        if (language != null) {
            request.addHeader("Accept-Language", language);
        }
        return request;
    }

    @Test
    void aCallThatWaitsTooLongIsRefusedWithRetryAfterInTheCallersLanguage() throws Exception {
        ApiAdmission admission = admission(1, 50);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                admission.doFilter(call(null), new MockHttpServletResponse(), (request, response) -> {
                    running.countDown();
                    await(finish);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        List<String> reached = Collections.synchronizedList(new ArrayList<>());
        FilterChain recorder = (request, response) -> reached.add("second");
        MockHttpServletResponse japanese = new MockHttpServletResponse();
        admission.doFilter(call(null), japanese, recorder);
        MockHttpServletResponse english = new MockHttpServletResponse();
        admission.doFilter(call("en"), english, recorder);
        finish.countDown();
        first.join();

        assertThat(reached).as("a refused call never reaches the application").isEmpty();
        assertThat(japanese.getStatus()).isEqualTo(503);
        assertThat(japanese.getHeader("Retry-After")).isEqualTo("5");
        assertThat(japanese.getContentType()).startsWith("application/problem+json");
        assertThat(japanese.getContentAsString()).contains("\"status\":503").contains("混雑中")
                .contains("5 秒ほど待ってから");
        assertThat(english.getContentAsString()).contains("\"title\":\"Busy\"").contains("Wait about 5 seconds");
        assertThat(meters.find("mamori.api.admission.wait").timer().count()).isEqualTo(3);
    }

    @Test
    void waitingCallsAreAdmittedFirstComeFirstServed() throws Exception {
        ApiAdmission admission = admission(1, 10_000);
        CountDownLatch finish = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        Thread holder = Thread.ofVirtual().start(() -> filter(admission, (request, response) -> {
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int number = i;
            waiting.add(Thread.ofVirtual().start(() -> filter(admission, (request, response) -> order.add(number))));
            // Each caller is in line before the next one arrives.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (admission.waiting() < i + 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
        assertThat(admission.waiting()).isEqualTo(5);
        assertThat(meters.find("mamori.api.admission.queue").gauge().value()).isEqualTo(5);
        finish.countDown();
        holder.join();
        for (Thread thread : waiting) {
            thread.join();
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    private static void filter(ApiAdmission admission, FilterChain chain) {
        try {
            admission.doFilter(call(null), new MockHttpServletResponse(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
