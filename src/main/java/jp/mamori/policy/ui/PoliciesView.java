package jp.mamori.policy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyKind;
import jp.mamori.policy.PolicyReports;
import jp.mamori.policy.PolicyService;
import jp.mamori.policy.PolicyText;
import jp.mamori.policy.PolicyVersion;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * The policy documents: the privacy manager drafts and publishes, top management approves or
 * returns, auditors read. Each document shows its versions, its revision history (ISO and 和暦)
 * and, per published version, who has acknowledged it.
 */
@Route(value = "policies", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.POLICY, label = "nav.policies", order = 0)
public class PoliciesView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyService policies;
    private final Grid<PolicyDocument> documents = new Grid<>();
    private final H3 documentTitle = new H3();
    private final Grid<PolicyVersion> versions = new Grid<>();
    private final Grid<PolicyVersion> revisions = new Grid<>();
    private final Button revise;
    private final PolicyVersionPanel panel;
    private final VerticalLayout detail;
    private PolicyDocument document;

    public PoliciesView(PolicyService policies, PolicyReports reports, HistoryService history, Clock clock) {
        this.policies = policies;
        boolean editor = CurrentUser.require().hasRole(Role.PRIVACY_MANAGER);
        documents.addColumn(doc -> getTranslation(doc.getKind().labelKey()))
                .setHeader(getTranslation("policy.document.kind")).setAutoWidth(true);
        documents.addColumn(doc -> doc.title(getLocale())).setHeader(getTranslation("policy.document.title"))
                .setFlexGrow(3);
        documents.addColumn(doc -> JapaneseDates.isoWithWareki(doc.getEnactedOn(), getLocale()))
                .setHeader(getTranslation("policy.document.enactedOn")).setAutoWidth(true);
        documents.setEmptyStateText(getTranslation("policy.documents.empty"));
        documents.setAllRowsVisible(true);
        documents.setId("policy-documents");
        documents.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                showDocument(event.getValue(), null);
            }
        });

        versions.addColumn(version -> getTranslation("policy.version.label", version.getNumber()))
                .setHeader(getTranslation("policy.version.number")).setAutoWidth(true);
        versions.addColumn(version -> getTranslation(version.getStatus().labelKey()))
                .setHeader(getTranslation("policy.version.status")).setAutoWidth(true);
        versions.addColumn(version -> JapaneseDates.iso(version.getEffectiveOn()))
                .setHeader(getTranslation("policy.version.effectiveOn")).setAutoWidth(true);
        versions.addColumn(PolicyVersion::getDraftedBy).setHeader(getTranslation("policy.version.draftedBy"))
                .setAutoWidth(true);
        versions.addColumn(PolicyVersion::getChangeSummary).setHeader(getTranslation("policy.version.changeSummary"))
                .setFlexGrow(3);
        versions.setEmptyStateText(getTranslation("policy.versions.empty"));
        versions.setAllRowsVisible(true);
        versions.setId("policy-versions");

        revisions.addColumn(version -> getTranslation("policy.version.label", version.getNumber()))
                .setHeader(getTranslation("policy.version.number")).setAutoWidth(true);
        revisions.addColumn(version -> JapaneseDates.iso(version.getEffectiveOn()))
                .setHeader(getTranslation("policy.version.effectiveOn") + " (ISO)").setAutoWidth(true);
        revisions.addColumn(version -> JapaneseDates.wareki(version.getEffectiveOn()))
                .setHeader(getTranslation("policy.version.effectiveOn") + "（和暦）").setAutoWidth(true);
        revisions.addColumn(version -> version.getNumber() == 1 ? getTranslation("policy.enacted")
                : version.getChangeSummary()).setHeader(getTranslation("policy.version.changeSummary")).setFlexGrow(3);
        revisions.addColumn(PolicyVersion::getPublishedBy).setHeader(getTranslation("policy.version.publishedOn"))
                .setAutoWidth(true);
        revisions.setAllRowsVisible(true);
        revisions.setId("policy-revisions");

        panel = new PolicyVersionPanel(policies, reports, history, clock, this::refresh);
        versions.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                panel.show(event.getValue());
            }
        });
        revise = new Button(getTranslation("policy.action.revise"), click -> {
            PolicyVersion next = Feedback.attempt(() -> policies.revise(document.getId()));
            if (next != null) {
                showDocument(document, next.getId());
            }
        });
        revise.setId("policy-revise");
        revise.setVisible(false);

        Button create = new Button(getTranslation("policy.documents.new"), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("policy-new");
        create.setVisible(editor);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("policy.documents.title")), create);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        detail = new VerticalLayout(new HorizontalLayout(documentTitle, revise), versions, panel,
                new H4(getTranslation("policy.revisions.title")), revisions);
        detail.setPadding(false);
        detail.setVisible(false);
        add(header, documents, detail);
        documents.setItems(policies.documents());
    }

    private void showDocument(PolicyDocument shown, Long versionId) {
        document = policies.document(shown.getId());
        detail.setVisible(true);
        documentTitle.setText(document.title(getLocale()));
        List<PolicyVersion> all = policies.versions(document.getId());
        versions.setItems(all);
        revisions.setItems(all.stream().filter(version -> version.getStatus().wasPublished())
                .sorted((a, b) -> Integer.compare(a.getNumber(), b.getNumber())).toList());
        revise.setVisible(CurrentUser.require().hasRole(Role.PRIVACY_MANAGER) && !all.isEmpty()
                && all.getFirst().getStatus().wasPublished());
        PolicyVersion selected = all.stream().filter(version -> versionId == null || version.getId().equals(versionId))
                .findFirst().orElse(null);
        if (selected != null) {
            versions.select(selected);
        }
        panel.show(selected);
    }

    private void refresh() {
        documents.setItems(policies.documents());
        PolicyVersion selected = versions.asSingleSelect().getValue();
        showDocument(document, selected == null ? null : selected.getId());
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog(getTranslation("policy.documents.new"));
        LabelledSelect<PolicyKind> kind = new LabelledSelect<>("policy.document.kind", PolicyKind.values());
        kind.setValue(PolicyKind.EXTERNAL_PRIVACY_POLICY);
        kind.setId("policy-new-kind");
        TextField titleJa = new TextField(getTranslation("policy.document.titleJa"));
        titleJa.setRequired(true);
        titleJa.setMaxLength(PolicyDocument.MAX_TITLE);
        titleJa.setId("policy-new-title-ja");
        TextField titleEn = new TextField(getTranslation("policy.document.titleEn"));
        titleEn.setMaxLength(PolicyDocument.MAX_TITLE);
        titleEn.setId("policy-new-title-en");
        TextArea body = new TextArea(getTranslation("policy.version.bodyJa"));
        body.setHelperText(getTranslation("policy.version.markdownHelp"));
        body.setRequired(true);
        body.setId("policy-new-body");
        FormLayout form = new FormLayout(kind, titleJa, titleEn, body);
        form.setColspan(body, 2);
        Button save = new Button(getTranslation("action.save"), click -> {
            PolicyVersion created = Feedback.attempt(() -> policies.create(kind.getValue(), titleJa.getValue(),
                    titleEn.getValue(), new PolicyText(body.getValue(), null, null)));
            if (created != null) {
                dialog.close();
                Feedback.success("common.saved");
                documents.setItems(policies.documents());
                documents.select(created.getDocument());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(titleJa, titleEn);
        save.setId("policy-new-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("48rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.policies");
    }
}
