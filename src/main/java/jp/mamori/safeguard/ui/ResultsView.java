package jp.mamori.safeguard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Locale;
import jp.mamori.safeguard.Readiness;
import jp.mamori.safeguard.ReadinessChart;
import jp.mamori.safeguard.ReadinessService;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardChecklistReport;
import jp.mamori.safeguard.SafeguardFramework;
import jp.mamori.safeguard.SafeguardHeading;
import jp.mamori.safeguard.SafeguardResultsExport;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * Readiness of a framework under the JAPHIC rule, stated and computed: the chart, the share
 * per heading and per department, and what blocks it; with the Excel and PDF exports.
 */
@Route(value = "safeguards/results", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.SAFEGUARDS, label = "nav.safeguard.results", order = 30)
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private final ReadinessService readiness;
    private final ReadinessChart chart;
    private final Select<SafeguardFramework> framework = new Select<>();
    private final Div content = new Div();

    public ResultsView(SafeguardCatalogueService catalogue, ReadinessService readiness, ReadinessChart chart,
                       SafeguardResultsExport export, SafeguardChecklistReport report) {
        this.readiness = readiness;
        this.chart = chart;
        setSizeFull();
        framework.setLabel(getTranslation("safeguard.framework"));
        framework.setItems(catalogue.frameworks());
        framework.setItemLabelGenerator(f -> f.name(getLocale()));
        framework.setWidth("28rem");
        framework.setId("results-framework");
        HorizontalLayout toolbar = new HorizontalLayout(framework,
                Downloads.link("safeguard.results.export", "safeguard-results.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        out -> export.write(out, framework.getValue().getId(), getLocale())),
                Downloads.link("safeguard.results.report", "safeguard-checklist.pdf", "application/pdf",
                        out -> report.write(out, framework.getValue().getId(), getLocale())));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.setWidthFull();
        content.setId("results-content");
        add(toolbar, content);
        framework.addValueChangeListener(event -> show());
        catalogue.frameworks().stream().findFirst().ifPresent(framework::setValue);
    }

    private void show() {
        content.removeAll();
        if (framework.getValue() == null) {
            return;
        }
        Locale locale = getLocale();
        long frameworkId = framework.getValue().getId();
        Readiness result = readiness.readiness(frameworkId);
        H3 verdict = new H3(getTranslation(result.ready() ? "safeguard.readiness.ready" : "safeguard.readiness.notReady"));
        verdict.addClassName(result.ready() ? "readiness-ready" : "readiness-not-ready");
        verdict.setId("readiness-verdict");
        content.add(new Paragraph(getTranslation("safeguard.readiness.rule")), verdict,
                new Paragraph(getTranslation("safeguard.readiness.mandatory", result.mandatory().met(),
                        result.mandatory().applicable(), result.mandatory().percent())),
                new Paragraph(getTranslation("safeguard.readiness.desirable", result.desirable().met(),
                        result.desirable().applicable(), result.desirable().percent())));

        DownloadHandler png = event -> {
            byte[] bytes = chart.png(readiness.readiness(frameworkId), locale, 1000, 420);
            event.setContentType("image/png");
            event.inline("readiness.png");
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Image image = new Image(png, getTranslation("safeguard.readiness.chart"));
        image.setMaxWidth("100%");
        image.setId("readiness-chart");
        content.add(image);

        content.add(new H4(getTranslation("safeguard.readiness.byHeading")), headingGrid(result, locale));
        content.add(new H4(getTranslation("safeguard.readiness.byDepartment")), departmentGrid(result, locale));
        content.add(new H4(getTranslation("safeguard.readiness.blocking")), blockingGrid(result, locale));
    }

    private Grid<Readiness.HeadingReadiness> headingGrid(Readiness result, Locale locale) {
        Grid<Readiness.HeadingReadiness> grid = new Grid<>();
        grid.addColumn(h -> h.heading().getCode()).setHeader(getTranslation("safeguard.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.heading().title(locale)).setHeader(getTranslation("safeguard.heading")).setFlexGrow(3);
        grid.addColumn(h -> h.mandatory().display()).setHeader(getTranslation("safeguard.requirement.MANDATORY"));
        grid.addColumn(h -> h.desirable().display()).setHeader(getTranslation("safeguard.requirement.DESIRABLE"));
        grid.addColumn(h -> h.all().display()).setHeader(getTranslation("safeguard.readiness.all"));
        grid.setItems(result.headings());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("readiness-headings");
        return grid;
    }

    private Grid<Readiness.DepartmentReadiness> departmentGrid(Readiness result, Locale locale) {
        Grid<Readiness.DepartmentReadiness> grid = new Grid<>();
        grid.addColumn(d -> d.department().getName()).setHeader(getTranslation("safeguard.check.department"))
                .setAutoWidth(true).setFrozen(true);
        for (Readiness.HeadingReadiness heading : result.headings()) {
            SafeguardHeading h = heading.heading();
            grid.addColumn(d -> d.byHeading().containsKey(h.getId()) ? d.byHeading().get(h.getId()).display() : "—")
                    .setHeader(h.getCode()).setTooltipGenerator(d -> h.title(locale)).setAutoWidth(true);
        }
        grid.addColumn(d -> d.all().display()).setHeader(getTranslation("safeguard.readiness.all")).setAutoWidth(true);
        grid.setItems(result.departments());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("safeguard.results.empty"));
        grid.setId("readiness-departments");
        return grid;
    }

    private Grid<Readiness.ItemReadiness> blockingGrid(Readiness result, Locale locale) {
        Grid<Readiness.ItemReadiness> grid = new Grid<>();
        grid.addColumn(i -> i.item().getCode()).setHeader(getTranslation("safeguard.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation(i.item().getRequirement().labelKey()))
                .setHeader(getTranslation("safeguard.requirement")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.item().text(locale)).setHeader(getTranslation("safeguard.text")).setFlexGrow(4);
        grid.addColumn(i -> getTranslation(i.state().labelKey())).setHeader(getTranslation("safeguard.status")).setAutoWidth(true);
        grid.setItems(result.blocking());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("safeguard.readiness.blocking.none"));
        grid.setId("readiness-blocking");
        return grid;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.safeguard.results");
    }
}
