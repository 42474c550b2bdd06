package jp.mamori.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.complaint.Complaint;
import jp.mamori.complaint.ComplaintCategory;
import jp.mamori.complaint.ComplaintExport;
import jp.mamori.complaint.ComplaintFilter;
import jp.mamori.complaint.ComplaintKind;
import jp.mamori.complaint.ComplaintService;
import jp.mamori.complaint.ComplaintStage;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.request.ContactChannel;
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
import org.springframework.data.domain.Sort;

/** Complaints and consultations: receipt, then first response, investigation, improvement and answer. */
@Route(value = "complaints", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.REQUESTS_AND_INCIDENTS, label = "nav.complaints", order = 20)
public class ComplaintsView extends SplitLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final ComplaintService complaints;
    private final boolean editor = CurrentUser.require().hasRole(Role.PRIVACY_MANAGER);
    private final Grid<Complaint> grid = new Grid<>();
    private final Binder<Complaint> binder = new Binder<>();
    private final HistoryPanel history;
    private final LabelledSelect<ComplaintStage> stageFilter = LabelledSelect.filter("complaint.stage",
            "complaint.filter.all", this::refresh, ComplaintStage.values());
    private final LabelledSelect<ComplaintKind> kindFilter = LabelledSelect.filter("complaint.kind",
            "complaint.filter.all", this::refresh, ComplaintKind.values());
    private final LabelledSelect<ComplaintCategory> categoryFilter = LabelledSelect.filter("complaint.category",
            "complaint.filter.all", this::refresh, ComplaintCategory.values());
    private final RecordForm<Complaint> recordForm;

    public ComplaintsView(ComplaintService complaints, ComplaintExport export, UserService users,
                          CorrectiveActionService actions, HistoryService historyService) {
        this.complaints = complaints;
        this.history = new HistoryPanel(historyService, Complaint.class);
        this.recordForm = new RecordForm<>("complaint", grid, binder, history, editor, complaints::get, complaints::save,
                this::refresh);
        setSizeFull();
        setSplitterPosition(50);
        stageFilter.setId("complaint-stage-filter");

        grid.addColumn(Complaint::getId).setHeader(getTranslation("complaint.id")).setKey("id").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> JapaneseDates.iso(c.getReceivedOn())).setHeader(getTranslation("complaint.receivedOn"))
                .setKey("receivedOn").setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.getKind().labelKey())).setHeader(getTranslation("complaint.kind"))
                .setKey("kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(Complaint::getSubject).setHeader(getTranslation("complaint.subject")).setKey("subject")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.getCategory().labelKey())).setHeader(getTranslation("complaint.category"));
        grid.addColumn(c -> getTranslation(c.getStage().labelKey())).setHeader(getTranslation("complaint.stage"));
        grid.setEmptyStateText(getTranslation("complaint.empty"));
        grid.setId("complaint-grid");
        Registers.pageFromDatabase(grid, pageable -> complaints.page(filter(), pageable),
                () -> complaints.count(filter()), Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
        Registers.editSelection(grid, recordForm::edit);

        Button add = Registers.addButton(grid, "complaint.add", "complaint-add", () -> complaints.newComplaint(), recordForm::edit);
        add.setVisible(editor);
        addToPrimary(Registers.masterPane(List.of(add, Downloads.link("complaint.export", "complaints.xlsx", Downloads.XLSX,
                out -> export.write(out, getLocale()))), List.of(stageFilter, kindFilter, categoryFilter), grid));
        addToSecondary(form(users, actions));
        recordForm.edit(null);
    }

    private VerticalLayout form(UserService users, CorrectiveActionService actions) {
        DatePicker receivedOn = new DatePicker(getTranslation("complaint.receivedOn"));
        receivedOn.setId("complaint-received-on");
        LabelledSelect<ContactChannel> channel = new LabelledSelect<>("complaint.channel", ContactChannel.values());
        channel.setId("complaint-channel");
        LabelledSelect<ComplaintKind> kind = new LabelledSelect<>("complaint.kind", ComplaintKind.values());
        kind.setId("complaint-kind");
        LabelledSelect<ComplaintCategory> category = new LabelledSelect<>("complaint.category", ComplaintCategory.values());
        category.setId("complaint-category");
        TextField subject = new TextField(getTranslation("complaint.subject"));
        subject.setMaxLength(200);
        subject.setId("complaint-subject");
        TextField complainantName = new TextField(getTranslation("complaint.complainantName"));
        complainantName.setMaxLength(200);
        TextField complainantContact = new TextField(getTranslation("complaint.complainantContact"));
        complainantContact.setMaxLength(500);
        TextArea details = new TextArea(getTranslation("complaint.details"));
        ComboBox<UserAccount> handler = new ComboBox<>(getTranslation("complaint.handler"));
        handler.setItems(users.activeUsers());
        handler.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        handler.setClearButtonVisible(true);
        DatePicker firstResponseOn = new DatePicker(getTranslation("complaint.firstResponseOn"));
        firstResponseOn.setId("complaint-first-response-on");
        TextArea firstResponse = new TextArea(getTranslation("complaint.firstResponse"));
        DatePicker investigatedOn = new DatePicker(getTranslation("complaint.investigatedOn"));
        TextArea investigation = new TextArea(getTranslation("complaint.investigation"));
        DatePicker improvedOn = new DatePicker(getTranslation("complaint.improvedOn"));
        TextArea improvement = new TextArea(getTranslation("complaint.improvement"));
        DatePicker answeredOn = new DatePicker(getTranslation("complaint.answeredOn"));
        answeredOn.setId("complaint-answered-on");
        TextArea answer = new TextArea(getTranslation("complaint.answer"));

        String required = getTranslation("validation.required");
        binder.forField(receivedOn).asRequired(required).bind(Complaint::getReceivedOn, Complaint::setReceivedOn);
        binder.forField(channel).asRequired(required).bind(Complaint::getChannel, Complaint::setChannel);
        binder.forField(kind).asRequired(required).bind(Complaint::getKind, Complaint::setKind);
        binder.forField(category).asRequired(required).bind(Complaint::getCategory, Complaint::setCategory);
        binder.forField(subject).asRequired(required).bind(Complaint::getSubject, Complaint::setSubject);
        binder.forField(complainantName).bind(Complaint::getComplainantName, Complaint::setComplainantName);
        binder.forField(complainantContact).bind(Complaint::getComplainantContact, Complaint::setComplainantContact);
        binder.forField(details).bind(Complaint::getDetails, Complaint::setDetails);
        binder.forField(handler).bind(Complaint::getHandler, Complaint::setHandler);
        binder.forField(firstResponseOn).bind(Complaint::getFirstResponseOn, Complaint::setFirstResponseOn);
        binder.forField(firstResponse).bind(Complaint::getFirstResponse, Complaint::setFirstResponse);
        binder.forField(investigatedOn).bind(Complaint::getInvestigatedOn, Complaint::setInvestigatedOn);
        binder.forField(investigation).bind(Complaint::getInvestigation, Complaint::setInvestigation);
        binder.forField(improvedOn).bind(Complaint::getImprovedOn, Complaint::setImprovedOn);
        binder.forField(improvement).bind(Complaint::getImprovement, Complaint::setImprovement);
        binder.forField(answeredOn).bind(Complaint::getAnsweredOn, Complaint::setAnsweredOn);
        binder.forField(answer).bind(Complaint::getAnswer, Complaint::setAnswer);
        var correctiveAction = RecordPickers.one(binder, getTranslation("complaint.correctiveActionId"),
                actions::labels, actions::labels, Complaint::getCorrectiveActionId, Complaint::setCorrectiveActionId);
        correctiveAction.setId("complaint-corrective-action");


        FormLayout received = new FormLayout(receivedOn, channel, kind, category, subject, handler, complainantName,
                complainantContact, details);
        received.setColspan(subject, 2);
        received.setColspan(details, 2);
        FormLayout steps = new FormLayout(firstResponseOn, firstResponse, investigatedOn, investigation, improvedOn,
                improvement, answeredOn, answer, correctiveAction);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("complaint.form")),
                new H4(getTranslation("complaint.section.received")), received,
                new H4(getTranslation("complaint.section.steps")), steps,
                new HorizontalLayout(recordForm.saveButton(), recordForm.cancelButton()), history);
        right.setId("complaint-form");
        return right;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        recordForm.open(id);
    }

    private ComplaintFilter filter() {
        return new ComplaintFilter(stageFilter.getValue(), kindFilter.getValue(), categoryFilter.getValue());
    }


    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.complaints");
    }
}
