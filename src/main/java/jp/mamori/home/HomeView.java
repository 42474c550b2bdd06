package jp.mamori.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.mamori.organisation.OrganisationProfile;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * The landing page after login: who I am, then a dashboard by role. Everyone sees their tasks;
 * a privacy manager the PMS's readiness by area, as charts and as the same figures in text;
 * an auditor their audits and open findings; top management what awaits its approval.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@NavigationEntry(group = NavGroup.HOME, label = "nav.home", order = 0)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** Tasks listed per section; the rest are counted, and the feature's own page lists them all. */
    static final int SHOWN_TASKS = 30;

    private final DashboardChart chart;

    public HomeView(OrganisationService organisation, Dashboard dashboard, DashboardChart chart) {
        this.chart = chart;
        addClassName("home-view");
        MamoriPrincipal me = CurrentUser.require();
        Locale locale = getLocale();
        LocalDate today = dashboard.today();
        add(new H2(getTranslation("home.welcome", me.displayName())));
        add(new Paragraph(getTranslation("home.today", JapaneseDates.isoWithWareki(today, locale))));
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

        if (me.hasRole(Role.PRIVACY_MANAGER)) {
            add(readiness(dashboard.readiness(locale)));
        }
        Map<Role, List<Task>> sections = dashboard.tasks(locale);
        sections.forEach((role, tasks) -> add(tasks(role, tasks, today)));
    }

    private Component readiness(List<Figure> figures) {
        Div section = new Div(new H3(getTranslation("home.section.readiness")));
        section.setId("readiness");
        section.addClassName("home-section");
        Div list = new Div();
        list.addClassName("figures");
        for (Figure figure : figures) {
            Span value = new Span(figureText(figure));
            value.addClassName("figure-value");
            Component label = figure.link() == null ? new Span(figure.label()) : new Anchor(figure.link(), figure.label());
            Div row = new Div(label, new Span("："), value);
            row.setId(figureId(figure.id()));
            row.addClassName("figure");
            list.add(row);
        }
        section.add(list);
        if (figures.stream().anyMatch(Figure::isShare)) {
            section.add(image("chart-shares", "home-shares.png", getTranslation("home.chart.shares"),
                    () -> chart.shares(figures, getLocale())));
        }
        if (figures.stream().anyMatch(figure -> !figure.isShare())) {
            section.add(image("chart-counts", "home-counts.png", getTranslation("home.chart.counts"),
                    () -> chart.counts(figures, getLocale())));
        }
        return section;
    }

    static String figureId(String id) {
        return "figure-" + id.replace('.', '-');
    }

    private static Image image(String id, String fileName, String alt, Supplier<byte[]> png) {
        DownloadHandler handler = event -> {
            byte[] bytes = png.get();
            event.setContentType("image/png");
            event.inline(fileName);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Image image = new Image(handler, alt);
        image.setId(id);
        image.setMaxWidth("100%");
        return image;
    }

    private Component tasks(Role role, List<Task> tasks, LocalDate today) {
        Div section = new Div(new H3(getTranslation("home.section." + role.name())));
        section.setId("tasks-" + role.name().toLowerCase(Locale.ROOT));
        section.addClassName("home-section");
        if (tasks.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.tasks.none")));
            return section;
        }
        Div list = new Div();
        list.addClassName("tasks");
        for (Task task : tasks.subList(0, Math.min(SHOWN_TASKS, tasks.size()))) {
            Span kind = new Span(getTranslation(task.kindKey()));
            kind.addClassName("task-kind");
            Component subject = task.link() == null ? new Span(task.subject()) : new Anchor(task.link(), task.subject());
            Div row = new Div(kind, subject);
            row.addClassName("task");
            if (task.dueDate() != null) {
                Span due = new Span(getTranslation("home.tasks.due", JapaneseDates.iso(task.dueDate())));
                due.addClassName("task-due");
                row.add(due);
            }
            if (task.isOverdue(today)) {
                Span overdue = new Span(getTranslation("home.tasks.overdue"));
                overdue.getElement().getThemeList().add("badge error");
                row.add(overdue);
            }
            list.add(row);
        }
        section.add(list);
        if (tasks.size() > SHOWN_TASKS) {
            section.add(new Paragraph(getTranslation("home.tasks.more", String.valueOf(tasks.size() - SHOWN_TASKS))));
        }
        return section;
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

    /** A share of nothing is shown as such, not as a reassuring 100 %. */
    private String figureText(Figure figure) {
        if (!figure.isShare()) {
            return getTranslation("home.figure.count", String.valueOf(figure.value()));
        }
        if (figure.isShareOfNothing()) {
            return getTranslation("home.figure.shareOfNothing");
        }
        return getTranslation("home.figure.share", String.valueOf(figure.value()), String.valueOf(figure.outOf()),
                String.valueOf(figure.percent()));
    }
}
