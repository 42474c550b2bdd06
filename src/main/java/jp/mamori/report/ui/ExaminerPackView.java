package jp.mamori.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import jp.mamori.report.ExaminerPack;
import jp.mamori.report.PackBuild;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * Builds the examiner pack for a period. The build runs in the background and belongs to the
 * session, so the person may work elsewhere and come back to its progress or its download;
 * the page polls while it runs (no push, which would need a custom frontend bundle).
 */
@Route(value = "reports/examiner-pack", layout = MainLayout.class)
@RolesAllowed(Role.Names.PRIVACY_MANAGER)
@NavigationEntry(group = NavGroup.REPORTS, label = "nav.report.examinerPack", order = 10)
public class ExaminerPackView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final ExaminerPack pack;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button build = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final HorizontalLayout result = new HorizontalLayout();
    private Registration polling;

    public ExaminerPackView(ExaminerPack pack, Clock clock) {
        this.pack = pack;
        add(new Paragraph(getTranslation("report.view.intro")));
        ReportPeriod initial = ReportPeriod.lastFiscalYear(LocalDate.now(clock));
        from.setLabel(getTranslation("report.view.from"));
        from.setValue(initial.from());
        from.setId("pack-from");
        to.setLabel(getTranslation("report.view.to"));
        to.setValue(initial.to());
        to.setId("pack-to");
        build.setText(getTranslation("report.view.build"));
        build.setIcon(VaadinIcon.PACKAGE.create());
        build.addThemeVariants(ButtonVariant.PRIMARY);
        build.addClickShortcut(Key.ENTER);
        build.setId("pack-build");
        build.addClickListener(click -> start());
        HorizontalLayout form = new HorizontalLayout(from, to, build);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        progress.setId("pack-progress");
        progress.setWidth("28rem");
        progress.setVisible(false);
        status.setId("pack-status");
        result.setId("pack-result");
        result.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        UnorderedList parts = new UnorderedList();
        parts.setId("pack-parts");
        pack.parts().forEach(part -> parts.add(new ListItem(getTranslation(part.titleKey()))));
        add(form, progress, status, result, new H4(getTranslation("report.view.parts")), parts);
    }

    private void start() {
        ReportPeriod period;
        try {
            period = new ReportPeriod(from.getValue(), to.getValue());
        } catch (RuleViolation e) {
            Feedback.error(e.messageKey(), e.arguments());
            return;
        }
        current().ifPresent(PackBuild::discard);
        PackBuild started = pack.start(period, getLocale());
        VaadinSession.getCurrent().setAttribute(PackBuild.class, started);
        follow();
    }

    private Optional<PackBuild> current() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(PackBuild.class));
    }

    /** Shows where the session's build stands, and polls until it ends. */
    private void follow() {
        PackBuild current = current().orElse(null);
        result.removeAll();
        if (current == null) {
            progress.setVisible(false);
            status.setText("");
            return;
        }
        progress.setVisible(true);
        progress.setValue(current.progress());
        switch (current.state()) {
            case RUNNING -> {
                build.setEnabled(false);
                status.setText(getTranslation("report.view.building", (int) Math.floor(current.progress() * 100)));
                getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
            }
            case DONE -> {
                stopPolling();
                status.setText(getTranslation("report.view.done"));
                result.add(download(current));
            }
            case FAILED -> {
                stopPolling();
                progress.setVisible(false);
                RuleViolation failure = current.failure();
                status.setText(getTranslation(failure.messageKey(), failure.arguments()));
                Feedback.error(failure.messageKey(), failure.arguments());
                VaadinSession.getCurrent().setAttribute(PackBuild.class, null);
            }
        }
    }

    private Anchor download(PackBuild done) {
        DownloadHandler handler = event -> {
            event.setFileName(done.fileName());
            event.setContentType("application/zip");
            event.setContentLength(done.size());
            try (InputStream in = done.open(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(getTranslation("report.view.download") + " — " + done.fileName());
        anchor.setDownload(true);
        anchor.setId("pack-download");
        return anchor;
    }

    private void stopPolling() {
        build.setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        polling = ui.addPollListener(poll -> follow());
        follow();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.report.examinerPack");
    }
}
