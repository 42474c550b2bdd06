package jp.mamori.reminder;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The clock and the fictional feature shared by every reminder test context. */
@TestConfiguration(proxyBeanMethods = false)
public class ReminderTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.now());
    }

    @Bean
    FictionalObligations fictionalObligations() {
        return new FictionalObligations();
    }
}
