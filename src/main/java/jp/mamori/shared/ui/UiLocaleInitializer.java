package jp.mamori.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import jp.mamori.shared.i18n.LocalePreference;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Japanese by default, whatever the browser says; a signed-in person gets the language they
 * chose last time, an anonymous visitor the one picked on the login page.
 */
@Component
public class UiLocaleInitializer implements VaadinServiceInitListener {

    static final String ANONYMOUS_CHOICE = "mamori.locale";

    private final LocalePreference preference;

    public UiLocaleInitializer(LocalePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale locale = localeForSession();
            uiEvent.getUI().getSession().setLocale(locale);
            uiEvent.getUI().setLocale(locale);
        });
        // Server-side messages (Bean Validation among them) follow the UI's language, not the browser's.
        event.addVaadinRequestInterceptor(new com.vaadin.flow.server.VaadinRequestInterceptor() {
            @Override
            public void requestStart(com.vaadin.flow.server.VaadinRequest request, com.vaadin.flow.server.VaadinResponse response) {
                VaadinSession session = VaadinSession.getCurrent();
                if (session != null && session.getLocale() != null) {
                    org.springframework.context.i18n.LocaleContextHolder.setLocale(Messages.supported(session.getLocale()));
                }
            }

            @Override
            public void handleException(com.vaadin.flow.server.VaadinRequest request, com.vaadin.flow.server.VaadinResponse response,
                                        VaadinSession session, Exception exception) {
            }

            @Override
            public void requestEnd(com.vaadin.flow.server.VaadinRequest request, com.vaadin.flow.server.VaadinResponse response,
                                   VaadinSession session) {
            }
        });
    }

    private Locale localeForSession() {
        Locale chosen = CurrentUser.get()
                .flatMap(principal -> preference.find(principal.userId()))
                .orElseGet(() -> {
                    VaadinSession session = VaadinSession.getCurrent();
                    Object anonymous = session == null ? null : session.getAttribute(ANONYMOUS_CHOICE);
                    return anonymous instanceof Locale locale ? locale : Messages.JAPANESE;
                });
        return Messages.supported(chosen);
    }

    /** Remembers the choice (per user when signed in) and reloads so every text follows. */
    public static void switchTo(Locale locale, LocalePreference preference) {
        Locale supported = Messages.supported(locale);
        CurrentUser.get().ifPresentOrElse(
                principal -> preference.save(principal.userId(), supported),
                () -> VaadinSession.getCurrent().setAttribute(ANONYMOUS_CHOICE, supported));
        VaadinSession.getCurrent().setLocale(supported);
        com.vaadin.flow.component.UI.getCurrent().getPage().reload();
    }
}
