package jp.mamori.shared.web;

import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.shared.i18n.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Admission of REST calls: every {@code /api/} call queues here before it is even authenticated. */
@Configuration(proxyBeanMethods = false)
class ApiAdmissionConfiguration {

    /** Ahead of Spring Security (-100): a token check reads the database and is work too. */
    private static final int BEFORE_SECURITY = -110;

    @Bean
    ApiAdmission apiAdmission(@Value("${mamori.api.max-concurrent-calls:16}") int maxConcurrentCalls,
                              @Value("${mamori.api.admission-timeout-seconds:30}") int timeoutSeconds,
                              Messages messages, JsonMapper json, MeterRegistry meters) {
        return new ApiAdmission(maxConcurrentCalls, timeoutSeconds * 1000L, messages, json, meters);
    }

    @Bean
    FilterRegistrationBean<ApiAdmission> apiAdmissionRegistration(ApiAdmission admission) {
        FilterRegistrationBean<ApiAdmission> registration = new FilterRegistrationBean<>(admission);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }
}
