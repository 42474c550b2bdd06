package jp.mamori.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on a real embedded PostgreSQL of its own (see
 * {@code config/application-test.yaml}). Contexts with the same configuration are shared
 * between test classes, so tests must not assume an empty database: create what you need with
 * unique names ({@link Fixtures}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface MamoriIntegrationTest {
}
