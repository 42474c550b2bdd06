package jp.mamori.shared.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Every "today" in Mamori is Tokyo's; tests replace this clock to travel in time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(JapaneseDates.TOKYO);
    }
}
