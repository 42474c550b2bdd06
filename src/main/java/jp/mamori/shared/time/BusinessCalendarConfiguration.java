package jp.mamori.shared.time;

import java.time.MonthDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class BusinessCalendarConfiguration {

    /** The year-end closure as {@code MM-dd}, e.g. {@code mamori.calendar.year-end-closure-start=12-28}. */
    @Bean
    BusinessCalendar businessCalendar(@Value("${mamori.calendar.year-end-closure-start:12-29}") String start,
                                      @Value("${mamori.calendar.year-end-closure-end:01-03}") String end) {
        return new BusinessCalendar(MonthDay.parse("--" + start), MonthDay.parse("--" + end));
    }
}
