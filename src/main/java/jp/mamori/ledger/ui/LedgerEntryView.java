package jp.mamori.ledger.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.ledger.AcquisitionMethod;
import jp.mamori.ledger.ConsigneeLink;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerReview;
import jp.mamori.ledger.LedgerScope;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.ledger.Medium;
import jp.mamori.ledger.NoticeConsent;
import jp.mamori.ledger.ProvisionBasis;
import jp.mamori.ledger.Purpose;
import jp.mamori.ledger.PurposeService;
import jp.mamori.ledger.RiskAssessment;
import jp.mamori.ledger.RiskDecision;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.i18n.Labelled;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;

/**
 * One ledger entry: its columns, its consignees and third-party provision, its lifecycle risk
 * analysis, its reviews and its history. {@code ledger/new} starts a new entry; reminders link
 * to {@code ledger/42}.
 */
@Route(value = "ledger/:id", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT, Role.Names.EMPLOYEE})
public class LedgerEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerService ledger;
    private final PurposeService purposes;
    private final LedgerScope scope;
    private final Binder<LedgerEntry> binder = new Binder<>();
    private final H3 title = new H3();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final Div flagNotice = new Div();
    private final Button save = new Button();
    private final Button duplicate = new Button();
    private final Button retire = new Button();
    private final Button review = new Button();
    private final Button addRisk = new Button();
    private final Grid<RiskAssessment> risks = new Grid<>();
    private final Grid<ConsigneeLink> consigneeLinks = new Grid<>();
    private final Grid<LedgerReview> reviews = new Grid<>();
    private final ComboBox<Consignee> consigneePicker = new ComboBox<>();
    private final TextField overrideReason = new TextField();
    private final Button addConsignee = new Button();
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<UserAccount> owner = new ComboBox<>();
    private final MultiSelectComboBox<Purpose> purposeField = new MultiSelectComboBox<>();
    private final HistoryPanel history;
    private final List<Department> allDepartments;
    private final List<UserAccount> activeUsers;
    private LedgerEntry editing;

    public LedgerEntryView(LedgerService ledger, PurposeService purposes, DepartmentService departments,
                           UserService users, ConsigneeService consignees, HistoryService historyService) {
        this.ledger = ledger;
        this.purposes = purposes;
        this.scope = ledger.scope();
        this.history = new HistoryPanel(historyService, LedgerEntry.class);
        this.allDepartments = departments.list();
        this.activeUsers = users.activeUsers();
        setSizeFull();
        addClassName("ledger-entry-view");
        consigneePicker.setItems(consignees.selectable());

        title.setId("ledger-title");
        HorizontalLayout heading = new HorizontalLayout(title, badges);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        flagNotice.setId("ledger-flag-notice");
        flagNotice.add(LedgerBadges.unacceptedHighRisk(this),
                new Span(" " + getTranslation("ledger.flag.unacceptedHighRisk.help")));
        flagNotice.setVisible(false);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("ledger.tab.entry"), entryForm());
        tabs.add(getTranslation("ledger.tab.sharing"), sharingForm());
        tabs.add(getTranslation("ledger.tab.risks"), riskTab());
        tabs.add(getTranslation("ledger.tab.reviews"), reviewTab());
        tabs.add(getTranslation("ledger.tab.history"), history);
        tabs.setId("ledger-tabs");
        add(heading, flagNotice, toolbar(), tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!scope.any()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        String id = event.getRouteParameters().get("id").orElse("new");
        try {
            if ("new".equals(id)) {
                if (!scope.editsAny()) {
                    event.rerouteToError(AccessDeniedException.class);
                    return;
                }
                show(ledger.newEntry());
            } else {
                show(ledger.get(Long.parseLong(id)));
            }
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private HorizontalLayout toolbar() {
        save.setText(getTranslation("action.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setId("ledger-save");
        save.addClickListener(click -> save());
        Button back = new Button(getTranslation("ledger.backToList"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate("ledger"));
        back.addClickShortcut(Key.ESCAPE);
        back.setId("ledger-back");
        duplicate.setText(getTranslation("ledger.duplicate"));
        duplicate.setIcon(VaadinIcon.COPY.create());
        duplicate.setId("ledger-duplicate");
        duplicate.addClickListener(click -> {
            LedgerEntry copy = Feedback.attempt(() -> ledger.duplicate(editing.getId()));
            if (copy != null) {
                copy.setName(getTranslation("ledger.copyOf", copy.getName()));
                UI.getCurrent().getPage().getHistory().replaceState(null, "ledger/new");
                show(copy);
                Feedback.success("ledger.duplicated");
            }
        });
        retire.setText(getTranslation("ledger.retire"));
        retire.setIcon(VaadinIcon.ARCHIVE.create());
        retire.setId("ledger-retire");
        retire.addClickListener(click -> confirmRetire());
        review.setText(getTranslation("ledger.review"));
        review.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        review.setId("ledger-review");
        review.addClickListener(click -> openReview());
        HorizontalLayout toolbar = new HorizontalLayout(save, back, duplicate, review, retire);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private Component entryForm() {
        String required = getTranslation("validation.required");
        TextField reference = new TextField(getTranslation("ledger.column.reference"));
        reference.setMaxLength(LedgerEntry.MAX_REFERENCE);
        reference.setHelperText(getTranslation("ledger.reference.help"));
        reference.setId("ledger-reference");
        TextField name = new TextField(getTranslation("ledger.column.name"));
        name.setMaxLength(LedgerEntry.MAX_NAME);
        name.setId("ledger-name");
        department.setLabel(getTranslation("ledger.department"));
        department.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        department.setId("ledger-department");
        owner.setLabel(getTranslation("ledger.owner"));
        owner.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        owner.setId("ledger-owner");
        Select<LedgerStatus> status = select("ledger.column.status", LedgerStatus.values());
        status.setId("ledger-status");
        DatePicker nextReview = new DatePicker(getTranslation("ledger.column.nextReviewDate"));
        nextReview.setId("ledger-next-review");
        TextArea dataItems = new TextArea(getTranslation("ledger.column.dataItems"));
        dataItems.setMaxLength(LedgerEntry.MAX_LONG_TEXT);
        dataItems.setId("ledger-data-items");
        TextField dataSubjects = new TextField(getTranslation("ledger.column.dataSubjects"));
        dataSubjects.setMaxLength(LedgerEntry.MAX_TEXT);
        dataSubjects.setId("ledger-data-subjects");
        IntegerField count = new IntegerField(getTranslation("ledger.column.approximateCount"));
        count.setMin(0);
        count.setId("ledger-count");
        Select<Medium> medium = select("ledger.column.medium", Medium.values());
        medium.setId("ledger-medium");
        TextField format = new TextField(getTranslation("ledger.column.format"));
        format.setMaxLength(LedgerEntry.MAX_SHORT_TEXT);
        Checkbox specialCare = new Checkbox(getTranslation("ledger.specialCare"));
        specialCare.setId("ledger-special-care");
        Checkbox myNumber = new Checkbox(getTranslation("ledger.myNumber"));
        Checkbox retained = new Checkbox(getTranslation("ledger.retainedPersonalData"));
        retained.setTooltipText(getTranslation("ledger.retainedPersonalData.help"));
        Select<RiskLevel> leakImpact = select("ledger.column.leakImpact", RiskLevel.values());
        leakImpact.setId("ledger-leak-impact");
        Select<AcquisitionMethod> acquisition = select("ledger.column.acquisitionMethod", AcquisitionMethod.values());
        acquisition.setId("ledger-acquisition");
        Select<NoticeConsent> notice = select("ledger.column.noticeConsent", NoticeConsent.values());
        notice.setId("ledger-notice");
        purposeField.setLabel(getTranslation("ledger.column.purposes"));
        purposeField.setItemLabelGenerator(p -> p.getCategory() == null ? p.text(getLocale())
                : "［" + p.getCategory() + "］" + p.text(getLocale()));
        purposeField.setSelectedItemsOnTop(true);
        purposeField.setId("ledger-purposes");
        if (scope.editsAll()) {
            purposeField.setAllowCustomValue(true);
            purposeField.setHelperText(getTranslation("ledger.purposes.help"));
            purposeField.addCustomValueSetListener(event -> addPurpose(event.getDetail()));
        }
        TextField storagePlace = new TextField(getTranslation("ledger.column.storagePlace"));
        storagePlace.setMaxLength(LedgerEntry.MAX_TEXT);
        TextField storageMethod = new TextField(getTranslation("ledger.column.storageMethod"));
        storageMethod.setMaxLength(LedgerEntry.MAX_TEXT);
        TextField retention = new TextField(getTranslation("ledger.column.retentionPeriod"));
        retention.setMaxLength(LedgerEntry.MAX_SHORT_TEXT);
        retention.setId("ledger-retention");
        Select<DisposalMethod> disposal = select("ledger.column.disposalMethod", DisposalMethod.values());
        disposal.setId("ledger-disposal");
        MultiSelectComboBox<Department> accessDepartments = new MultiSelectComboBox<>(
                getTranslation("ledger.column.accessDepartments"));
        accessDepartments.setItems(allDepartments);
        accessDepartments.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        CheckboxGroup<Role> accessRoles = new CheckboxGroup<>(getTranslation("ledger.column.accessRoles"));
        accessRoles.setItems(Role.values());
        accessRoles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));

        binder.forField(reference).bind(LedgerEntry::getReference, LedgerEntry::setReference);
        binder.forField(name).asRequired(required).bind(LedgerEntry::getName, LedgerEntry::setName);
        binder.forField(department).asRequired(required).bind(LedgerEntry::getDepartment, LedgerEntry::setDepartment);
        binder.forField(owner).asRequired(required).bind(LedgerEntry::getOwner, LedgerEntry::setOwner);
        binder.forField(status).asRequired(required).bind(LedgerEntry::getStatus, LedgerEntry::setStatus);
        binder.forField(nextReview)
                .withValidator((date, context) -> date != null || status.getValue() != LedgerStatus.ACTIVE
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("ledger.validation.nextReviewDate")))
                .bind(LedgerEntry::getNextReviewDate, LedgerEntry::setNextReviewDate);
        binder.forField(dataItems).asRequired(required).bind(LedgerEntry::getDataItems, LedgerEntry::setDataItems);
        binder.forField(dataSubjects).asRequired(required).bind(LedgerEntry::getDataSubjects, LedgerEntry::setDataSubjects);
        binder.forField(count).bind(LedgerEntry::getApproximateCount, LedgerEntry::setApproximateCount);
        binder.forField(medium).asRequired(required).bind(LedgerEntry::getMedium, LedgerEntry::setMedium);
        binder.forField(format).bind(LedgerEntry::getFormat, LedgerEntry::setFormat);
        binder.forField(specialCare).bind(LedgerEntry::isSpecialCare, LedgerEntry::setSpecialCare);
        binder.forField(myNumber).bind(LedgerEntry::isMyNumber, LedgerEntry::setMyNumber);
        binder.forField(retained).bind(LedgerEntry::isRetainedPersonalData, LedgerEntry::setRetainedPersonalData);
        binder.forField(leakImpact).asRequired(required).bind(LedgerEntry::getLeakImpact, LedgerEntry::setLeakImpact);
        binder.forField(acquisition).asRequired(required)
                .bind(LedgerEntry::getAcquisitionMethod, LedgerEntry::setAcquisitionMethod);
        binder.forField(notice).asRequired(required).bind(LedgerEntry::getNoticeConsent, LedgerEntry::setNoticeConsent);
        binder.forField(purposeField).asRequired(getTranslation("ledger.validation.purposes"))
                .bind(LedgerEntry::getPurposes, LedgerEntry::setPurposes);
        binder.forField(storagePlace).bind(LedgerEntry::getStoragePlace, LedgerEntry::setStoragePlace);
        binder.forField(storageMethod).bind(LedgerEntry::getStorageMethod, LedgerEntry::setStorageMethod);
        binder.forField(retention).asRequired(required).bind(LedgerEntry::getRetentionPeriod, LedgerEntry::setRetentionPeriod);
        binder.forField(disposal).asRequired(required).bind(LedgerEntry::getDisposalMethod, LedgerEntry::setDisposalMethod);
        binder.forField(accessDepartments).bind(LedgerEntry::getAccessDepartments, LedgerEntry::setAccessDepartments);
        binder.forField(accessRoles).bind(LedgerEntry::getAccessRoles, LedgerEntry::setAccessRoles);

        // Enter saves from a one-line field; in a text area it starts a new line (Ctrl+Enter saves).
        save.addClickShortcut(Key.ENTER).listenOn(reference, name, dataSubjects, count, format, storagePlace,
                storageMethod, retention);
        FormLayout basics = form(reference, name, department, owner, status, nextReview);
        FormLayout content = form(dataItems, dataSubjects, count, medium, format, leakImpact, specialCare, myNumber,
                retained);
        content.setColspan(dataItems, 2);
        FormLayout acquisitionForm = form(acquisition, notice, purposeField);
        acquisitionForm.setColspan(purposeField, 2);
        FormLayout storage = form(storagePlace, storageMethod, retention, disposal, accessDepartments, accessRoles);
        storage.setColspan(accessRoles, 2);
        return new VerticalLayout(
                new H4(getTranslation("ledger.section.basics")), basics,
                new H4(getTranslation("ledger.section.content")), content,
                new H4(getTranslation("ledger.section.acquisition")), acquisitionForm,
                new H4(getTranslation("ledger.section.storage")), storage);
    }

    private Component sharingForm() {
        consigneeLinks.addColumn(link -> link.getConsignee().getName()).setHeader(getTranslation("consignee.name"))
                .setFlexGrow(2);
        consigneeLinks.addColumn(link -> getTranslation(link.getConsignee().getStatus().labelKey()))
                .setHeader(getTranslation("consignee.status")).setAutoWidth(true);
        consigneeLinks.addColumn(link -> link.getOverrideReason() == null ? "" : getTranslation("ledger.override.recorded",
                        link.getOverrideReason(), link.getOverrideBy() == null ? "" : link.getOverrideBy()))
                .setHeader(getTranslation("ledger.override")).setFlexGrow(2);
        consigneeLinks.addComponentColumn(link -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                editing.removeConsigneeLink(link);
                consigneeLinks.setItems(editing.getConsigneeLinks());
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("ledger.consignee.remove"));
            remove.setEnabled(save.isEnabled());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        consigneeLinks.setAllRowsVisible(true);
        consigneeLinks.setEmptyStateText(getTranslation("ledger.consignee.none"));
        consigneeLinks.addThemeVariants(GridVariant.LUMO_COMPACT);
        consigneeLinks.setId("ledger-consignees");

        consigneePicker.setLabel(getTranslation("ledger.consignee.pick"));
        consigneePicker.setItemLabelGenerator(c -> c.getName() + "（" + getTranslation(c.getStatus().labelKey())
                + (c.isActive() ? "" : "・" + getTranslation("ledger.consignee.inactive")) + "）");
        consigneePicker.setId("ledger-consignee-picker");
        consigneePicker.setWidth("24rem");
        overrideReason.setLabel(getTranslation("ledger.override.reason"));
        overrideReason.setMaxLength(ConsigneeLink.MAX_REASON);
        overrideReason.setId("ledger-consignee-reason");
        overrideReason.setWidth("24rem");
        overrideReason.setVisible(false);
        consigneePicker.addValueChangeListener(event -> {
            Consignee picked = event.getValue();
            overrideReason.setVisible(picked != null && !picked.acceptsNewConsignment());
            overrideReason.setHelperText(scope.mayOverrideConsigneeStatus()
                    ? getTranslation("ledger.override.help") : getTranslation("ledger.override.notAllowed"));
            overrideReason.setEnabled(scope.mayOverrideConsigneeStatus());
        });
        addConsignee.setText(getTranslation("ledger.consignee.add"));
        addConsignee.setIcon(VaadinIcon.PLUS.create());
        addConsignee.setId("ledger-consignee-add");
        addConsignee.addClickListener(click -> linkConsignee());
        HorizontalLayout picker = new HorizontalLayout(consigneePicker, overrideReason, addConsignee);
        picker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Checkbox provided = new Checkbox(getTranslation("ledger.column.provided"));
        provided.setId("ledger-provided");
        TextField recipient = new TextField(getTranslation("ledger.column.provisionRecipient"));
        recipient.setMaxLength(500);
        recipient.setId("ledger-provision-recipient");
        Select<ProvisionBasis> basis = select("ledger.column.provisionBasis", ProvisionBasis.values());
        basis.setEmptySelectionAllowed(true);
        Checkbox abroad = new Checkbox(getTranslation("ledger.column.provisionAbroad"));
        TextField country = new TextField(getTranslation("ledger.column.provisionCountry"));
        country.setMaxLength(100);
        Checkbox jointUse = new Checkbox(getTranslation("ledger.column.jointUse"));
        TextArea jointUseDescription = new TextArea(getTranslation("ledger.column.jointUseDescription"));
        jointUseDescription.setMaxLength(LedgerEntry.MAX_LONG_TEXT);
        jointUseDescription.setHelperText(getTranslation("ledger.jointUse.help"));

        binder.forField(provided).bind(e -> e.getProvision().isProvided(), (e, v) -> e.getProvision().setProvided(v));
        binder.forField(recipient)
                .withValidator((value, context) -> !provided.getValue() || !value.isBlank()
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("ledger.validation.provisionRecipient")))
                .bind(e -> e.getProvision().getRecipient(), (e, v) -> e.getProvision().setRecipient(v));
        binder.forField(basis).bind(e -> e.getProvision().getBasis(), (e, v) -> e.getProvision().setBasis(v));
        binder.forField(abroad).bind(e -> e.getProvision().isAbroad(), (e, v) -> e.getProvision().setAbroad(v));
        binder.forField(country).bind(e -> e.getProvision().getCountry(), (e, v) -> e.getProvision().setCountry(v));
        binder.forField(jointUse).bind(LedgerEntry::isJointUse, LedgerEntry::setJointUse);
        binder.forField(jointUseDescription).bind(LedgerEntry::getJointUseDescription, LedgerEntry::setJointUseDescription);

        FormLayout provision = form(provided, basis, recipient, abroad, country);
        FormLayout joint = form(jointUse, jointUseDescription);
        joint.setColspan(jointUseDescription, 2);
        return new VerticalLayout(new H4(getTranslation("ledger.section.consignees")), consigneeLinks, picker,
                new H4(getTranslation("ledger.section.provision")), provision,
                new H4(getTranslation("ledger.section.jointUse")), joint);
    }

    private Component riskTab() {
        risks.addColumn(r -> label(r.getStage())).setHeader(getTranslation("ledger.riskColumn.stage")).setAutoWidth(true);
        risks.addColumn(r -> label(r.getThreat())).setHeader(getTranslation("ledger.riskColumn.threat")).setAutoWidth(true);
        risks.addColumn(RiskAssessment::getDescription).setHeader(getTranslation("ledger.riskColumn.description"))
                .setFlexGrow(2);
        risks.addColumn(r -> label(r.getLikelihood())).setHeader(getTranslation("ledger.riskColumn.likelihood"))
                .setAutoWidth(true);
        risks.addColumn(r -> label(r.getImpact())).setHeader(getTranslation("ledger.riskColumn.impact")).setAutoWidth(true);
        risks.addComponentColumn(r -> LedgerBadges.level(this, r.inherentRisk()))
                .setHeader(getTranslation("ledger.riskColumn.inherentRisk")).setAutoWidth(true);
        risks.addColumn(r -> r.getMeasures() == null ? "" : r.getMeasures()
                        + (r.getSafeguardItemCode() == null ? "" : " [" + r.getSafeguardItemCode() + "]"))
                .setHeader(getTranslation("ledger.riskColumn.measures")).setFlexGrow(3);
        risks.addComponentColumn(r -> LedgerBadges.level(this, r.getResidualRisk()))
                .setHeader(getTranslation("ledger.riskColumn.residualRisk")).setAutoWidth(true);
        risks.addComponentColumn(this::decisionCell).setHeader(getTranslation("ledger.riskColumn.decision"))
                .setFlexGrow(2);
        risks.addComponentColumn(this::riskActions).setAutoWidth(true).setFlexGrow(0);
        risks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        risks.setAllRowsVisible(true);
        risks.setEmptyStateText(getTranslation("ledger.risk.none"));
        risks.setId("ledger-risks");
        addRisk.setText(getTranslation("ledger.risk.add"));
        addRisk.setIcon(VaadinIcon.PLUS.create());
        addRisk.setId("ledger-risk-add");
        addRisk.addClickListener(click -> new RiskDialog(new RiskAssessment(), risk -> {
            editing.addRisk(risk);
            showRisks();
        }).open());
        return new VerticalLayout(new Paragraph(getTranslation("ledger.risk.help")), addRisk, risks);
    }

    private Component decisionCell(RiskAssessment risk) {
        Div cell = new Div(LedgerBadges.decision(this, risk.getDecision()));
        if (risk.isUnacceptedHighRisk()) {
            cell.addComponentAsFirst(LedgerBadges.unacceptedHighRisk(this));
        }
        if (risk.getDecision() != RiskDecision.PENDING) {
            cell.add(new Div(new Span(risk.getDecidedByName() + " " + JapaneseDates.iso(risk.getDecidedOn()))));
            if (risk.getDecisionComment() != null) {
                cell.add(new Div(new Span(risk.getDecisionComment())));
            }
        }
        return cell;
    }

    private Component riskActions(RiskAssessment risk) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (save.isEnabled()) {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> new RiskDialog(risk, changed -> showRisks()).open());
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.setAriaLabel(getTranslation("ledger.risk.edit"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                editing.removeRisk(risk);
                showRisks();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("ledger.risk.remove"));
            actions.add(edit, remove);
        }
        if (risk.getId() != null && CurrentUser.get().map(me -> me.hasRole(Role.TOP_MANAGEMENT)).orElse(false)) {
            Button decide = new Button(getTranslation("ledger.risk.decide"), click -> openDecision(risk));
            decide.addThemeVariants(ButtonVariant.TERTIARY);
            decide.addClassName("ledger-risk-decide");
            actions.add(decide);
        }
        return actions;
    }

    private Component reviewTab() {
        reviews.addColumn(r -> JapaneseDates.iso(r.getReviewedOn())).setHeader(getTranslation("ledger.review.date"))
                .setAutoWidth(true);
        reviews.addColumn(LedgerReview::getReviewerName).setHeader(getTranslation("ledger.review.reviewer"))
                .setAutoWidth(true);
        reviews.addColumn(LedgerReview::getNotes).setHeader(getTranslation("ledger.review.notes")).setFlexGrow(3);
        reviews.addColumn(r -> JapaneseDates.iso(r.getNextReviewDate()))
                .setHeader(getTranslation("ledger.column.nextReviewDate")).setAutoWidth(true);
        reviews.setAllRowsVisible(true);
        reviews.setEmptyStateText(getTranslation("ledger.review.none"));
        reviews.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        reviews.setId("ledger-reviews");
        return new VerticalLayout(new Paragraph(getTranslation("ledger.review.help")), reviews);
    }

    private void show(LedgerEntry entry) {
        editing = entry;
        boolean editable = entry.isNew() ? scope.editsAny()
                : scope.canEdit(entry.getDepartment() == null ? null : entry.getDepartment().getId());
        List<Department> choices = new ArrayList<>(allDepartments.stream().filter(d -> scope.canEdit(d.getId())).toList());
        if (entry.getDepartment() != null && !choices.contains(entry.getDepartment())) {
            choices.add(entry.getDepartment());
        }
        department.setItems(choices);
        List<UserAccount> people = new ArrayList<>(activeUsers);
        if (entry.getOwner() != null && !people.contains(entry.getOwner())) {
            people.add(entry.getOwner());
        }
        owner.setItems(people);
        List<Purpose> purposeChoices = new ArrayList<>(purposes.list().stream().filter(Purpose::isActive).toList());
        entry.getPurposes().stream().filter(p -> !purposeChoices.contains(p)).forEach(purposeChoices::add);
        purposeField.setItems(purposeChoices);
        binder.setBean(entry);
        binder.setReadOnly(!editable);
        save.setEnabled(editable);
        addRisk.setVisible(editable);
        consigneePicker.setVisible(editable);
        addConsignee.setVisible(editable);
        overrideReason.setVisible(false);
        duplicate.setEnabled(!entry.isNew() && scope.editsAny());
        retire.setEnabled(editable && !entry.isNew() && entry.getStatus() != LedgerStatus.RETIRED);
        review.setEnabled(editable && !entry.isNew() && entry.getStatus() != LedgerStatus.RETIRED);
        title.setText(entry.isNew() ? getTranslation("ledger.new") : entry.getReference() + "　" + entry.getName());
        badges.removeAll();
        if (!entry.isNew()) {
            badges.add(LedgerBadges.status(this, entry.getStatus()));
            if (entry.getStatus() == LedgerStatus.ACTIVE && entry.getNextReviewDate() != null
                    && entry.getNextReviewDate().isBefore(ledger.today())) {
                badges.add(LedgerBadges.reviewOverdue(this));
            }
        }
        flagNotice.setVisible(entry.isUnacceptedHighRisk());
        consigneeLinks.setItems(entry.getConsigneeLinks());
        showRisks();
        reviews.setItems(entry.isNew() ? List.of() : ledger.reviews(entry.getId()));
        history.show(entry.getId());
    }

    private void showRisks() {
        risks.setItems(editing.risksInLifecycleOrder());
    }

    private void save() {
        if (editing == null || !save.isEnabled() || !binder.validate().isOk()) {
            return;
        }
        boolean created = editing.isNew();
        LedgerEntry saved = Feedback.attempt(() -> ledger.save(editing));
        if (saved != null) {
            Feedback.success("common.saved");
            if (created) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "ledger/" + saved.getId());
            }
            show(ledger.get(saved.getId()));
        }
    }

    private void linkConsignee() {
        Consignee picked = consigneePicker.getValue();
        if (picked == null) {
            return;
        }
        if (!picked.acceptsNewConsignment() && overrideReason.getValue().isBlank()) {
            overrideReason.setInvalid(true);
            overrideReason.setErrorMessage(getTranslation(scope.mayOverrideConsigneeStatus()
                    ? "ledger.validation.overrideReason" : "ledger.override.notAllowed"));
            return;
        }
        editing.addConsignee(picked, picked.acceptsNewConsignment() ? null : overrideReason.getValue());
        consigneeLinks.setItems(editing.getConsigneeLinks());
        consigneePicker.clear();
        overrideReason.clear();
        overrideReason.setInvalid(false);
    }

    private void addPurpose(String text) {
        Purpose created = Feedback.attempt(() -> purposes.save(new Purpose(text)));
        if (created != null) {
            List<Purpose> choices = new ArrayList<>(purposes.list().stream().filter(Purpose::isActive).toList());
            purposeField.setItems(choices);
            Set<Purpose> selected = new LinkedHashSet<>(editing.getPurposes());
            selected.add(created);
            purposeField.setValue(selected);
        }
    }

    private void confirmRetire() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("ledger.retire.title"),
                getTranslation("ledger.retire.text", editing.getName()), getTranslation("ledger.retire"), confirm -> {
                    LedgerEntry retired = Feedback.attempt(() -> ledger.retire(editing.getId(), editing.getVersion()));
                    if (retired != null) {
                        Feedback.success("ledger.retired");
                        show(ledger.get(retired.getId()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void openReview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ledger.review.title", editing.getName()));
        TextArea notes = new TextArea(getTranslation("ledger.review.notes"));
        notes.setMaxLength(LedgerReview.MAX_NOTES);
        notes.setWidthFull();
        notes.setId("ledger-review-notes");
        dialog.add(new Paragraph(getTranslation("ledger.review.explain",
                JapaneseDates.iso(ledger.today().plus(ledger.reviewInterval())))), notes);
        Button confirm = new Button(getTranslation("ledger.review"), click -> {
            LedgerEntry reviewed = Feedback.attempt(() -> ledger.review(editing.getId(), editing.getVersion(),
                    notes.getValue()));
            if (reviewed != null) {
                Feedback.success("ledger.review.done", JapaneseDates.iso(reviewed.getNextReviewDate()));
                dialog.close();
                show(ledger.get(reviewed.getId()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("ledger-review-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void openDecision(RiskAssessment risk) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ledger.risk.decide.title"));
        RadioButtonGroup<RiskDecision> decision = new RadioButtonGroup<>(getTranslation("ledger.riskColumn.decision"));
        decision.setItems(RiskDecision.ACCEPTED, RiskDecision.REJECTED);
        decision.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        decision.setId("ledger-decision");
        TextArea comment = new TextArea(getTranslation("ledger.riskColumn.decisionComment"));
        comment.setMaxLength(RiskAssessment.MAX_DESCRIPTION);
        comment.setWidthFull();
        comment.setId("ledger-decision-comment");
        dialog.add(new Paragraph(label(risk.getStage()) + " / " + label(risk.getThreat()) + " : "
                + getTranslation("ledger.riskColumn.residualRisk") + " " + label(risk.getResidualRisk())), decision, comment);
        Button confirm = new Button(getTranslation("action.save"), click -> {
            LedgerEntry decided = Feedback.attempt(() -> ledger.decide(editing.getId(), risk.getId(), risk.getVersion(),
                    decision.getValue(), comment.getValue()));
            if (decided != null) {
                Feedback.success("common.saved");
                dialog.close();
                show(ledger.get(decided.getId()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("ledger-decision-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        return form;
    }

    private <E extends Enum<E> & Labelled> Select<E> select(String labelKey, E[] values) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        return select;
    }

    private String label(Labelled value) {
        return value == null ? "" : getTranslation(value.labelKey());
    }

    LedgerEntry editing() {
        return editing;
    }

    @Override
    public String getPageTitle() {
        return editing == null || editing.isNew() ? getTranslation("ledger.new")
                : Objects.toString(editing.getReference(), "") + " " + editing.getName();
    }
}
