package jp.mamori.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mamori.shared.i18n.LocalePreference;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;

/**
 * The frame around every signed-in page: side navigation grouped the way a PMS is organised,
 * and a header with the person, the language switch, feature widgets and logout.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav navigation = new SideNav();
    private final Span pageTitle = new Span();

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access,
                      LocalePreference localePreference, List<HeaderWidget> headerWidgets, List<NavigationGate> gates) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation);
        buildNavigation(access, gates);

        pageTitle.addClassName("page-title");
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("app-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.add(new DrawerToggle(), pageTitle);
        Span spacer = new Span();
        header.addAndExpand(spacer);
        headerWidgets.forEach(widget -> widget.create().ifPresent(header::add));
        MamoriPrincipal principal = CurrentUser.require();
        Span user = new Span(VaadinIcon.USER.create(), new Span(principal.displayName()));
        user.addClassName("current-user");
        header.add(user, new LanguageSwitch(localePreference, getLocale()));
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        header.add(logout);
        addToNavbar(header);
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        Span brand = new Span(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private void buildNavigation(AccessAnnotationChecker access, List<NavigationGate> gates) {
        Map<NavGroup, TreeMap<Integer, List<RouteData>>> grouped = new EnumMap<>(NavGroup.class);
        for (RouteData route : RouteConfiguration.forSessionScope().getAvailableRoutes()) {
            NavigationEntry entry = route.getNavigationTarget().getAnnotation(NavigationEntry.class);
            if (entry != null && access.hasAccess(route.getNavigationTarget()) && opens(route, gates)) {
                grouped.computeIfAbsent(entry.group(), group -> new TreeMap<>())
                        .computeIfAbsent(entry.order(), order -> new java.util.ArrayList<>())
                        .add(route);
            }
        }
        grouped.forEach((group, routes) -> {
            List<RouteData> entries = routes.values().stream().flatMap(List::stream).toList();
            if (entries.size() == 1 && group == NavGroup.HOME) {
                navigation.addItem(item(entries.getFirst(), group));
                return;
            }
            SideNavItem groupItem = new SideNavItem(getTranslation(group.labelKey()));
            groupItem.setPrefixComponent(group.icon().create());
            groupItem.setExpanded(true);
            entries.forEach(route -> groupItem.addItem(item(route, null)));
            navigation.addItem(groupItem);
        });
    }

    private static boolean opens(RouteData route, List<NavigationGate> gates) {
        return gates.stream().filter(gate -> gate.view() == route.getNavigationTarget()).allMatch(NavigationGate::open);
    }

    private SideNavItem item(RouteData route, NavGroup iconOf) {
        NavigationEntry entry = route.getNavigationTarget().getAnnotation(NavigationEntry.class);
        @SuppressWarnings("unchecked")
        Class<? extends Component> target = (Class<? extends Component>) route.getNavigationTarget();
        SideNavItem item = new SideNavItem(getTranslation(entry.label()), target);
        if (iconOf != null) {
            item.setPrefixComponent(iconOf.icon().create());
        }
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content != null) {
            NavigationEntry entry = content.getClass().getAnnotation(NavigationEntry.class);
            pageTitle.setText(entry == null ? "" : getTranslation(entry.label()));
        }
    }
}
