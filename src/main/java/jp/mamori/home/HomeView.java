package jp.mamori.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import jp.mamori.organisation.OrganisationProfile;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The landing page after login: who I am, in which organisation, and today's date. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@NavigationEntry(group = NavGroup.HOME, label = "nav.home", order = 0)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(OrganisationService organisation, Clock clock) {
        addClassName("home-view");
        MamoriPrincipal me = CurrentUser.require();
        add(new H2(getTranslation("home.welcome", me.displayName())));
        add(new Paragraph(getTranslation("home.today", JapaneseDates.isoWithWareki(LocalDate.now(clock), getLocale()))));
        OrganisationProfile profile = organisation.profile().orElse(null);
        Div facts = new Div();
        facts.addClassName("home-facts");
        if (profile != null) {
            facts.add(fact("home.organisation", profile.getName()));
            facts.add(fact("home.privacyManager",
                    profile.getPrivacyManager() == null ? getTranslation("home.notAssigned") : profile.getPrivacyManager().getDisplayName()));
        }
        facts.add(fact("home.myRoles", me.roles().stream().sorted().map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining("、"))));
        add(facts);
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
