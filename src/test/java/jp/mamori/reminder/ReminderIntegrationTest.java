package jp.mamori.reminder;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.mamori.support.MamoriIntegrationTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * One context for every reminder test (services, REST and UI): a clock the test moves, the
 * fictional obligation source, small chunks so that a sweep of a thousand commits several
 * times, and no catch-up sweep at start, which would race the tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MamoriIntegrationTest
@AutoConfigureMockMvc
@Import(ReminderTestConfiguration.class)
@TestPropertySource(properties = {"mamori.reminder.catch-up-on-start=false", "mamori.reminder.chunk-size=100"})
public @interface ReminderIntegrationTest {
}
