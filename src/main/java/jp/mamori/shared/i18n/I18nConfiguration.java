package jp.mamori.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

@Configuration(proxyBeanMethods = false)
public class I18nConfiguration {

    @Bean
    Messages messages() {
        return new Messages();
    }

    @Bean
    @Primary
    MessageSource messageSource(Messages messages) {
        return messages.source();
    }

    /** Bean Validation messages written as {@code {key}} resolve from the same bundles. */
    @Bean
    LocalValidatorFactoryBean defaultValidator(Messages messages) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages.source());
        return validator;
    }

    @Bean
    I18NProvider i18nProvider(Messages messages) {
        return new I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return Messages.SUPPORTED;
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                return messages.get(locale, key, params);
            }
        };
    }
}
