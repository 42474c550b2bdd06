package jp.mamori.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import jp.mamori.policy.PendingAcknowledgement;
import jp.mamori.policy.PolicyService;
import jp.mamori.policy.PolicyStatus;
import jp.mamori.policy.PolicyVersion;
import jp.mamori.policy.PublishedPolicy;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * Every worker's page: the published versions still to acknowledge, and every policy in force
 * to read. Reminders link here with the version to acknowledge.
 */
@Route(value = "policies/acknowledge", layout = MainLayout.class)
@PermitAll
@NavigationEntry(group = NavGroup.POLICY, label = "nav.policies.acknowledge", order = 10)
public class AcknowledgePoliciesView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final PolicyService policies;
    private final Grid<PendingAcknowledgement> pending = new Grid<>();
    private final Grid<PublishedPolicy> inForce = new Grid<>();
    private final H3 readingTitle = new H3();
    private final MarkdownPreview reading = new MarkdownPreview("");
    private final Button acknowledge = new Button();
    private final VerticalLayout reader;
    private PolicyVersion shown;

    public AcknowledgePoliciesView(PolicyService policies) {
        this.policies = policies;
        pending.addColumn(row -> row.title(getLocale()) + " "
                        + getTranslation("policy.version.label", row.number()))
                .setHeader(getTranslation("policy.document.title")).setFlexGrow(3);
        pending.addColumn(row -> JapaneseDates.iso(row.publishedOn()))
                .setHeader(getTranslation("policy.version.publishedOn")).setAutoWidth(true);
        pending.addColumn(row -> JapaneseDates.iso(row.dueOn(policies.acknowledgementDays())))
                .setHeader(getTranslation("policy.acknowledge.dueOn")).setAutoWidth(true);
        pending.setEmptyStateText(getTranslation("policy.acknowledge.empty"));
        pending.setAllRowsVisible(true);
        pending.setId("policy-pending");
        pending.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                read(event.getValue().versionId());
            }
        });

        inForce.addColumn(policy -> getTranslation(policy.document().getKind().labelKey()))
                .setHeader(getTranslation("policy.document.kind")).setAutoWidth(true);
        inForce.addColumn(policy -> policy.document().title(getLocale()) + " "
                        + getTranslation("policy.version.label", policy.version().getNumber()))
                .setHeader(getTranslation("policy.document.title")).setFlexGrow(3);
        inForce.addColumn(policy -> JapaneseDates.isoWithWareki(policy.version().getEffectiveOn(), getLocale()))
                .setHeader(getTranslation("policy.version.effectiveOn")).setAutoWidth(true);
        inForce.setAllRowsVisible(true);
        inForce.setId("policy-in-force");
        inForce.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                read(event.getValue().version().getId());
            }
        });

        acknowledge.setText(getTranslation("policy.action.acknowledge"));
        acknowledge.addThemeVariants(ButtonVariant.PRIMARY);
        acknowledge.setId("policy-acknowledge");
        acknowledge.addClickListener(click -> {
            if (Feedback.attempt(() -> policies.acknowledge(shown.getId())) != null) {
                Feedback.success("policy.acknowledge.done");
                load();
                read(shown.getId());
            }
        });
        reader = new VerticalLayout(readingTitle, reading, acknowledge);
        reader.setPadding(false);
        reader.setVisible(false);
        add(new H2(getTranslation("policy.acknowledge.title")), new Paragraph(getTranslation("policy.acknowledge.help")),
                pending, reader, new H3(getTranslation("policy.document.current")), inForce);
        load();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long versionId) {
        if (versionId != null) {
            try {
                read(versionId);
            } catch (NoSuchElementException e) {
                // An outdated reminder link: the page still lists what is pending.
                Feedback.error("error.notFound");
            }
        }
    }

    private void load() {
        pending.setItems(policies.myPending());
        inForce.setItems(policies.documents().stream()
                .map(document -> policies.inForce(document.getId()))
                .flatMap(Optional::stream).toList());
    }

    private void read(long versionId) {
        PolicyVersion version = Feedback.attempt(() -> policies.version(versionId));
        if (version == null || version.getStatus() == PolicyStatus.DRAFT) {
            return;
        }
        shown = version;
        reader.setVisible(true);
        readingTitle.setText(version.getDocument().title(getLocale()) + " "
                + getTranslation("policy.version.label", version.getNumber()));
        reading.show(version.body(getLocale()));
        List<PendingAcknowledgement> mine = policies.myPending();
        acknowledge.setVisible(version.getStatus() == PolicyStatus.PUBLISHED
                && mine.stream().anyMatch(row -> Objects.equals(row.versionId(), version.getId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.policies.acknowledge");
    }
}
