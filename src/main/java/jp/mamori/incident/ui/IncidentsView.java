package jp.mamori.incident.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.incident.BreachAssessment;
import jp.mamori.incident.BreachCriteria;
import jp.mamori.incident.Incident;
import jp.mamori.incident.IncidentExport;
import jp.mamori.incident.IncidentFilter;
import jp.mamori.incident.IncidentReport;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.IncidentStatus;
import jp.mamori.ledger.LedgerService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import jp.mamori.shared.ui.RecordPickers;
import jp.mamori.shared.ui.RecordForm;
import jp.mamori.shared.ui.Registers;
import jp.mamori.shared.ui.YesNoFilter;
import org.springframework.data.domain.Sort;

/**
 * The breach register. The form shows, as the person ticks the boxes and enters dates, whether
 * the breach is reportable, why, and by when the preliminary and final reports are due.
 */
@Route(value = "incidents", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.REQUESTS_AND_INCIDENTS, label = "nav.incidents", order = 30)
public class IncidentsView extends SplitLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final IncidentService incidents;
    private final IncidentReport report;
    private final Clock clock;
    private final boolean editor = CurrentUser.require().hasRole(Role.PRIVACY_MANAGER);
    private final Grid<Incident> grid = new Grid<>();
    private final Binder<Incident> binder = new Binder<>();
    private final HistoryPanel history;
    private final LabelledSelect<IncidentStatus> statusFilter = LabelledSelect.filter("incident.status",
            "incident.filter.all", this::refresh, IncidentStatus.values());
    private final YesNoFilter reportableFilter = new YesNoFilter("incident.reportable", "incident.filter.all",
            "incident.reportable.yes", "incident.reportable.no", this::refresh);
    private final YesNoFilter overdueFilter = new YesNoFilter("incident.filter.deadline", "incident.filter.all",
            "incident.filter.overdueOnly", "incident.filter.onTime", this::refresh);
    private final DatePicker learnedOn = new DatePicker();
    private final IntegerField affectedPersons = new IntegerField();
    private final Checkbox specialCare = new Checkbox();
    private final Checkbox financialHarmRisk = new Checkbox();
    private final Checkbox improperPurpose = new Checkbox();
    private final Checkbox strongEncryption = new Checkbox();
    private final Span verdict = new Span();
    private final Span reasons = new Span();
    private final Span preliminary = new Span();
    private final Span finalDue = new Span();
    private final Div pdfLink = new Div();
    private final RecordForm<Incident> recordForm;

    public IncidentsView(IncidentService incidents, IncidentExport export, IncidentReport report, UserService users,
                         LedgerService ledger, CorrectiveActionService actions, HistoryService historyService,
                         Clock clock) {
        this.incidents = incidents;
        this.report = report;
        this.clock = clock;
        this.history = new HistoryPanel(historyService, Incident.class);
        this.recordForm = new RecordForm<>("incident", grid, binder, history, editor, incidents::get, incidents::save,
                this::refresh);
        setSizeFull();
        setSplitterPosition(45);

        statusFilter.setId("incident-status-filter");
        reportableFilter.setId("incident-reportable-filter");
        overdueFilter.setId("incident-overdue-filter");

        grid.addColumn(Incident::getId).setHeader(getTranslation("incident.id")).setKey("id").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> JapaneseDates.iso(i.getLearnedOn())).setHeader(getTranslation("incident.learnedOn"))
                .setKey("learnedOn").setSortable(true).setAutoWidth(true);
        grid.addColumn(Incident::getTitle).setHeader(getTranslation("incident.title")).setKey("title").setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(Incident::getAffectedPersons).setHeader(getTranslation("incident.affectedPersons"))
                .setKey("affectedPersons").setSortable(true).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.getStatus().labelKey())).setHeader(getTranslation("incident.status"));
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("incident.finalReportDue"))
                .setKey("finalReportDue").setSortable(true).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("incident.empty"));
        grid.setId("incident-grid");
        Registers.pageFromDatabase(grid, pageable -> incidents.page(filter(), pageable),
                () -> incidents.count(filter()), Sort.by(Sort.Order.desc("learnedOn"), Sort.Order.desc("id")));
        Registers.editSelection(grid, recordForm::edit);

        Button add = Registers.addButton(grid, "incident.add", "incident-add", () -> incidents.newIncident(), recordForm::edit);
        add.setVisible(editor);
        addToPrimary(Registers.masterPane(List.of(add, Downloads.link("incident.export", "incidents.xlsx", Downloads.XLSX,
                out -> export.write(out, getLocale()))), List.of(statusFilter, reportableFilter, overdueFilter), grid));
        addToSecondary(form(users, ledger, actions));
        recordForm.whenOpened(incident -> {
            showPdfLink(incident);
            showAssessment();
        }).edit(null);
    }

    private VerticalLayout form(UserService users, LedgerService ledger, CorrectiveActionService actions) {
        TextField title = new TextField(getTranslation("incident.title"));
        title.setMaxLength(200);
        title.setId("incident-title");
        TextArea summary = new TextArea(getTranslation("incident.report.item.summary"));
        DatePicker occurredOn = new DatePicker(getTranslation("incident.occurredOn"));
        occurredOn.setId("incident-occurred-on");
        learnedOn.setLabel(getTranslation("incident.learnedOn"));
        learnedOn.setId("incident-learned-on");
        TextArea dataItems = new TextArea(getTranslation("incident.report.item.dataItems"));
        affectedPersons.setLabel(getTranslation("incident.affectedPersons"));
        affectedPersons.setMin(0);
        affectedPersons.setId("incident-persons");
        TextArea cause = new TextArea(getTranslation("incident.report.item.cause"));
        specialCare.setLabel(getTranslation("incident.specialCare"));
        specialCare.setId("incident-special-care");
        financialHarmRisk.setLabel(getTranslation("incident.financialHarmRisk"));
        financialHarmRisk.setId("incident-financial-harm");
        improperPurpose.setLabel(getTranslation("incident.improperPurpose"));
        improperPurpose.setId("incident-improper-purpose");
        strongEncryption.setLabel(getTranslation("incident.strongEncryption"));
        strongEncryption.setHelperText(getTranslation("incident.strongEncryption.helper"));
        strongEncryption.setId("incident-strong-encryption");
        ComboBox<UserAccount> handler = new ComboBox<>(getTranslation("incident.handler"));
        handler.setItems(users.activeUsers());
        handler.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        handler.setClearButtonVisible(true);
        DatePicker preliminaryReportedOn = new DatePicker(getTranslation("incident.preliminaryReportedOn"));
        preliminaryReportedOn.setId("incident-preliminary-reported-on");
        DatePicker finalReportedOn = new DatePicker(getTranslation("incident.finalReportedOn"));
        finalReportedOn.setId("incident-final-reported-on");
        DatePicker personsNotifiedOn = new DatePicker(getTranslation("incident.personsNotifiedOn"));
        TextArea secondaryHarm = new TextArea(getTranslation("incident.report.item.secondaryHarm"));
        TextArea personsResponse = new TextArea(getTranslation("incident.report.item.personsResponse"));
        TextArea publication = new TextArea(getTranslation("incident.report.item.publication"));
        TextArea prevention = new TextArea(getTranslation("incident.report.item.prevention"));
        TextArea otherMatters = new TextArea(getTranslation("incident.report.item.otherMatters"));

        String required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).bind(Incident::getTitle, Incident::setTitle);
        binder.forField(summary).bind(Incident::getSummary, Incident::setSummary);
        binder.forField(occurredOn)
                .withValidator(value -> value == null || learnedOn.getValue() == null || !value.isAfter(learnedOn.getValue()),
                        getTranslation("incident.error.occurredAfterLearned"))
                .bind(Incident::getOccurredOn, Incident::setOccurredOn);
        binder.forField(learnedOn).asRequired(required).bind(Incident::getLearnedOn, Incident::setLearnedOn);
        binder.forField(dataItems).bind(Incident::getDataItems, Incident::setDataItems);
        binder.forField(affectedPersons).asRequired(required)
                .withValidator(value -> value >= 0, getTranslation("incident.validation.persons"))
                .bind(Incident::getAffectedPersons, Incident::setAffectedPersons);
        binder.forField(cause).bind(Incident::getCause, Incident::setCause);
        binder.forField(specialCare).bind(Incident::isSpecialCare, Incident::setSpecialCare);
        binder.forField(financialHarmRisk).bind(Incident::isFinancialHarmRisk, Incident::setFinancialHarmRisk);
        binder.forField(improperPurpose).bind(Incident::isImproperPurpose, Incident::setImproperPurpose);
        binder.forField(strongEncryption).bind(Incident::isStrongEncryption, Incident::setStrongEncryption);
        binder.forField(handler).bind(Incident::getHandler, Incident::setHandler);
        binder.forField(preliminaryReportedOn).bind(Incident::getPreliminaryReportedOn, Incident::setPreliminaryReportedOn);
        binder.forField(finalReportedOn).bind(Incident::getFinalReportedOn, Incident::setFinalReportedOn);
        binder.forField(personsNotifiedOn).bind(Incident::getPersonsNotifiedOn, Incident::setPersonsNotifiedOn);
        binder.forField(secondaryHarm).bind(Incident::getSecondaryHarm, Incident::setSecondaryHarm);
        binder.forField(personsResponse).bind(Incident::getPersonsResponse, Incident::setPersonsResponse);
        binder.forField(publication).bind(Incident::getPublication, Incident::setPublication);
        binder.forField(prevention).bind(Incident::getPrevention, Incident::setPrevention);
        binder.forField(otherMatters).bind(Incident::getOtherMatters, Incident::setOtherMatters);
        var ledgerEntries = RecordPickers.many(binder, getTranslation("incident.ledgerEntryIds"), ledger::labels,
                ledger::labels, Incident::getLedgerEntryIds, Incident::setLedgerEntryIds);
        ledgerEntries.setId("incident-ledger-entries");
        var correctiveAction = RecordPickers.one(binder, getTranslation("incident.correctiveActionId"), actions::labels,
                actions::labels, Incident::getCorrectiveActionId, Incident::setCorrectiveActionId);
        correctiveAction.setId("incident-corrective-action");
        for (HasValue<?, ?> criterion : new HasValue<?, ?>[] {learnedOn, affectedPersons, specialCare,
                financialHarmRisk, improperPurpose, strongEncryption}) {
            criterion.addValueChangeListener(event -> showAssessment());
        }


        FormLayout facts = new FormLayout(title, handler, occurredOn, learnedOn, summary, dataItems, ledgerEntries,
                affectedPersons, cause);
        facts.setColspan(ledgerEntries, 2);
        facts.setColspan(title, 2);
        facts.setColspan(summary, 2);
        facts.setColspan(dataItems, 2);
        facts.setColspan(cause, 2);
        verdict.setId("incident-verdict");
        reasons.setId("incident-reasons");
        preliminary.setId("incident-preliminary-due");
        finalDue.setId("incident-final-due");
        VerticalLayout assessment = new VerticalLayout(specialCare, financialHarmRisk, improperPurpose,
                strongEncryption, new Div(verdict, new Text(" "), reasons),
                line("incident.preliminaryReportDue", preliminary), line("incident.finalReportDue", finalDue),
                note("incident.preliminaryNote"), note("incident.finalNote"));
        assessment.setPadding(false);
        assessment.setSpacing(false);
        assessment.addClassName("incident-assessment");
        FormLayout reporting = new FormLayout(preliminaryReportedOn, finalReportedOn, personsNotifiedOn, secondaryHarm,
                personsResponse, publication, prevention, otherMatters, correctiveAction);
        for (TextArea area : new TextArea[] {secondaryHarm, personsResponse, publication, prevention, otherMatters}) {
            reporting.setColspan(area, 2);
        }
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("incident.form")),
                new H4(getTranslation("incident.section.facts")), facts,
                new H4(getTranslation("incident.section.assessment")), assessment,
                new H4(getTranslation("incident.section.report")), reporting,
                new HorizontalLayout(recordForm.saveButton(), recordForm.cancelButton(), pdfLink), history);
        right.setId("incident-form");
        return right;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        recordForm.open(id);
    }

    private void showPdfLink(Incident incident) {
        pdfLink.removeAll();
        if (incident != null && !incident.isNew()) {
            long id = incident.getId();
            pdfLink.add(Downloads.link("incident.pdf", "incident-" + id + ".pdf", "application/pdf",
                    out -> report.write(id, out, getLocale())));
        }
    }

    /** Re-assesses from what the form holds now, saved or not. */
    private void showAssessment() {
        if (recordForm.editing() == null) {
            verdict.setText("");
            reasons.setText("");
            preliminary.setText("—");
            finalDue.setText("—");
            return;
        }
        Integer persons = affectedPersons.getValue();
        BreachAssessment assessment = incidents.assess(new BreachCriteria(learnedOn.getValue(), specialCare.getValue(),
                financialHarmRisk.getValue(), improperPurpose.getValue(), persons == null ? 0 : persons,
                strongEncryption.getValue()));
        verdict.setText(getTranslation(assessment.reportable() ? "incident.reportable.yes" : "incident.reportable.no"));
        verdict.getElement().getThemeList().clear();
        verdict.getElement().getThemeList().add(assessment.reportable() ? "badge error" : "badge success");
        reasons.setText(assessment.reasons().stream().map(reason -> getTranslation(reason.labelKey()))
                .collect(Collectors.joining("、")));
        preliminary.setText(assessment.preliminaryReportDue() == null ? "—"
                : getTranslation("incident.preliminaryWindow", date(assessment.preliminaryReportTarget()),
                        date(assessment.preliminaryReportDue())));
        finalDue.setText(assessment.finalReportDue() == null ? "—" : date(assessment.finalReportDue()));
    }

    private String date(LocalDate date) {
        return JapaneseDates.isoWithWareki(date, getLocale());
    }

    private Span dueCell(Incident incident) {
        return Registers.dueDate(incident.getFinalReportDue(), incident.isOverdue(LocalDate.now(clock)), "incident.overdue");
    }

    private Div line(String labelKey, Span value) {
        return new Div(new Span(getTranslation(labelKey) + "："), value);
    }

    private Paragraph note(String key) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.addClassName("hint");
        return note;
    }

    private IncidentFilter filter() {
        return new IncidentFilter(statusFilter.getValue(), reportableFilter.getValue(), overdueFilter.getValue());
    }


    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incidents");
    }
}
