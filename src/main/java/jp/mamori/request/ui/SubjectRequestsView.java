package jp.mamori.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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
import java.util.Objects;
import jp.mamori.ledger.LedgerService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.request.ContactChannel;
import jp.mamori.request.Decision;
import jp.mamori.request.ProxyKind;
import jp.mamori.request.RefusalGround;
import jp.mamori.request.RequestStatus;
import jp.mamori.request.RequestType;
import jp.mamori.request.ResponseMethod;
import jp.mamori.request.SubjectRequest;
import jp.mamori.request.SubjectRequestExport;
import jp.mamori.request.SubjectRequestFilter;
import jp.mamori.request.SubjectRequestService;
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
 * The register of data-subject requests: filter by status, type and overdue; record receipt,
 * identity check, decision and answer; the response date follows the request procedure.
 * Read-only for auditors and top management.
 */
@Route(value = "subject-requests", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.REQUESTS_AND_INCIDENTS, label = "nav.subjectRequests", order = 10)
public class SubjectRequestsView extends SplitLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final SubjectRequestService requests;
    private final Clock clock;
    private final boolean editor = CurrentUser.require().hasRole(Role.PRIVACY_MANAGER);
    private final Grid<SubjectRequest> grid = new Grid<>();
    private final Binder<SubjectRequest> binder = new Binder<>();
    private final HistoryPanel history;
    private final LabelledSelect<RequestStatus> statusFilter = LabelledSelect.filter("request.filter.status",
            "request.filter.all", this::refresh, RequestStatus.values());
    private final LabelledSelect<RequestType> typeFilter = LabelledSelect.filter("request.filter.type",
            "request.filter.all", this::refresh, RequestType.values());
    private final YesNoFilter overdueFilter = new YesNoFilter("request.filter.deadline", "request.filter.all",
            "request.filter.overdueOnly", "request.filter.onTime", this::refresh);
    private final DatePicker receivedOn = new DatePicker();
    private final TextField responseDue = new TextField();
    private final TextField destructionDue = new TextField();
    private final RecordForm<SubjectRequest> recordForm;

    public SubjectRequestsView(SubjectRequestService requests, SubjectRequestExport export, UserService users,
                               LedgerService ledger, HistoryService historyService, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        this.history = new HistoryPanel(historyService, SubjectRequest.class);
        this.recordForm = new RecordForm<>("request", grid, binder, history, editor, requests::get, requests::save,
                this::refresh);
        setSizeFull();
        setSplitterPosition(50);

        statusFilter.setId("request-status-filter");
        overdueFilter.setId("request-overdue-filter");

        grid.addColumn(SubjectRequest::getId).setHeader(getTranslation("request.id")).setKey("id").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> JapaneseDates.iso(r.getReceivedOn())).setHeader(getTranslation("request.receivedOn"))
                .setKey("receivedOn").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.getType().labelKey())).setHeader(getTranslation("request.type"))
                .setKey("type").setSortable(true);
        grid.addColumn(SubjectRequest::getRequesterName).setHeader(getTranslation("request.requesterName"))
                .setKey("requesterName").setSortable(true);
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("request.responseDue"))
                .setKey("responseDue").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.getStatus().labelKey())).setHeader(getTranslation("request.status"));
        grid.setEmptyStateText(getTranslation("request.empty"));
        grid.setId("request-grid");
        Registers.pageFromDatabase(grid, pageable -> requests.page(filter(), pageable),
                () -> requests.count(filter()), Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
        Registers.editSelection(grid, recordForm::edit);

        Button add = Registers.addButton(grid, "request.add", "request-add", () -> requests.newRequest(), recordForm::edit);
        add.setVisible(editor);
        addToPrimary(Registers.masterPane(List.of(add, Downloads.link("request.export", "subject-requests.xlsx", Downloads.XLSX,
                out -> export.write(out, getLocale()))), List.of(statusFilter, typeFilter, overdueFilter), grid));
        addToSecondary(form(users, ledger));
        recordForm.whenOpened(request -> showDeadlines()).edit(null);
    }

    private VerticalLayout form(UserService users, LedgerService ledger) {
        LabelledSelect<RequestType> type = new LabelledSelect<>("request.type", RequestType.values());
        type.setId("request-type");
        receivedOn.setLabel(getTranslation("request.receivedOn"));
        receivedOn.setId("request-received-on");
        receivedOn.addValueChangeListener(e -> showDeadlines());
        LabelledSelect<ContactChannel> channel = new LabelledSelect<>("request.channel", ContactChannel.values());
        channel.setId("request-channel");
        TextField requesterName = new TextField(getTranslation("request.requesterName"));
        requesterName.setMaxLength(200);
        requesterName.setId("request-requester-name");
        TextField requesterContact = new TextField(getTranslation("request.requesterContact"));
        requesterContact.setMaxLength(500);
        TextArea details = new TextArea(getTranslation("request.details"));
        LabelledSelect<ProxyKind> proxyKind = new LabelledSelect<>("request.proxyKind", ProxyKind.values());
        TextField proxyName = new TextField(getTranslation("request.proxyName"));
        proxyName.setMaxLength(200);
        TextField proxyDocuments = new TextField(getTranslation("request.proxyDocuments"));
        proxyDocuments.setMaxLength(500);
        proxyDocuments.setId("request-proxy-documents");
        ComboBox<UserAccount> verifiedBy = userPicker("request.identityVerifiedBy", users);
        TextField identityMethod = new TextField(getTranslation("request.identityMethod"));
        identityMethod.setMaxLength(500);
        identityMethod.setId("request-identity-method");
        DatePicker identityVerifiedOn = new DatePicker(getTranslation("request.identityVerifiedOn"));
        identityVerifiedOn.setId("request-identity-verified-on");
        IntegerField fee = new IntegerField(getTranslation("request.feeAmount"));
        fee.setMin(0);
        fee.setId("request-fee");
        Checkbox feeReceived = new Checkbox(getTranslation("request.feeReceived"));
        ComboBox<UserAccount> handler = userPicker("request.handler", users);
        LabelledSelect<Decision> decision = new LabelledSelect<>("request.decision", Decision.values());
        decision.allowEmpty("request.notYet");
        decision.setId("request-decision");
        LabelledSelect<RefusalGround> refusalGround = new LabelledSelect<>("request.refusalGround", RefusalGround.values());
        refusalGround.allowEmpty("request.notApplicable");
        refusalGround.setId("request-refusal-ground");
        TextArea decisionReason = new TextArea(getTranslation("request.decisionReason"));
        DatePicker respondedOn = new DatePicker(getTranslation("request.respondedOn"));
        respondedOn.setId("request-responded-on");
        LabelledSelect<ResponseMethod> responseMethod = new LabelledSelect<>("request.responseMethod", ResponseMethod.values());
        responseMethod.allowEmpty("request.notYet");
        responseMethod.setId("request-response-method");
        DatePicker destroyedOn = new DatePicker(getTranslation("request.destroyedOn"));
        destroyedOn.setId("request-destroyed-on");
        responseDue.setLabel(getTranslation("request.responseDue"));
        responseDue.setHelperText(getTranslation("request.responseDue.helper"));
        responseDue.setReadOnly(true);
        responseDue.setId("request-response-due");
        destructionDue.setLabel(getTranslation("request.destructionDue"));
        destructionDue.setReadOnly(true);
        destructionDue.setId("request-destruction-due");

        String required = getTranslation("validation.required");
        binder.forField(type).asRequired(required).bind(SubjectRequest::getType, SubjectRequest::setType);
        binder.forField(receivedOn).asRequired(required).bind(SubjectRequest::getReceivedOn, SubjectRequest::setReceivedOn);
        binder.forField(channel).asRequired(required).bind(SubjectRequest::getChannel, SubjectRequest::setChannel);
        binder.forField(requesterName).asRequired(required)
                .bind(SubjectRequest::getRequesterName, SubjectRequest::setRequesterName);
        binder.forField(requesterContact).bind(SubjectRequest::getRequesterContact, SubjectRequest::setRequesterContact);
        binder.forField(details).bind(SubjectRequest::getDetails, SubjectRequest::setDetails);
        binder.forField(proxyKind).asRequired(required).bind(SubjectRequest::getProxyKind, SubjectRequest::setProxyKind);
        binder.forField(proxyName)
                .withValidator(value -> proxyKind.getValue() == ProxyKind.NONE || !value.isBlank(),
                        getTranslation("request.error.proxyDetails"))
                .bind(SubjectRequest::getProxyName, SubjectRequest::setProxyName);
        binder.forField(proxyDocuments)
                .withValidator(value -> proxyKind.getValue() == ProxyKind.NONE || !value.isBlank(),
                        getTranslation("request.error.proxyDetails"))
                .bind(SubjectRequest::getProxyDocuments, SubjectRequest::setProxyDocuments);
        binder.forField(verifiedBy).bind(SubjectRequest::getIdentityVerifiedBy, SubjectRequest::setIdentityVerifiedBy);
        binder.forField(identityMethod).bind(SubjectRequest::getIdentityMethod, SubjectRequest::setIdentityMethod);
        binder.forField(identityVerifiedOn)
                .bind(SubjectRequest::getIdentityVerifiedOn, SubjectRequest::setIdentityVerifiedOn);
        binder.forField(fee).asRequired(required)
                .withValidator(value -> value >= 0, getTranslation("request.validation.fee"))
                .bind(SubjectRequest::getFeeAmount, SubjectRequest::setFeeAmount);
        binder.forField(feeReceived).bind(SubjectRequest::isFeeReceived, SubjectRequest::setFeeReceived);
        binder.forField(handler).bind(SubjectRequest::getHandler, SubjectRequest::setHandler);
        binder.forField(decision).bind(SubjectRequest::getDecision, SubjectRequest::setDecision);
        binder.forField(refusalGround)
                .withValidator(value -> value != null || decision.getValue() == null || decision.getValue() == Decision.COMPLY,
                        getTranslation("request.error.groundRequired"))
                .bind(SubjectRequest::getRefusalGround, SubjectRequest::setRefusalGround);
        binder.forField(decisionReason).bind(SubjectRequest::getDecisionReason, SubjectRequest::setDecisionReason);
        binder.forField(respondedOn)
                .withValidator(value -> value == null || receivedOn.getValue() == null || !value.isBefore(receivedOn.getValue()),
                        getTranslation("request.error.respondedBeforeReceived"))
                .bind(SubjectRequest::getRespondedOn, SubjectRequest::setRespondedOn);
        binder.forField(responseMethod).bind(SubjectRequest::getResponseMethod, SubjectRequest::setResponseMethod);
        binder.forField(destroyedOn).bind(SubjectRequest::getDestroyedOn, SubjectRequest::setDestroyedOn);
        var ledgerEntries = RecordPickers.many(binder, getTranslation("request.ledgerEntryIds"), ledger::labels,
                ledger::labels, SubjectRequest::getLedgerEntryIds, SubjectRequest::setLedgerEntryIds);
        ledgerEntries.setId("request-ledger-entries");
        proxyKind.addValueChangeListener(e -> {
            boolean byProxy = e.getValue() != null && e.getValue() != ProxyKind.NONE;
            proxyName.setRequiredIndicatorVisible(byProxy);
            proxyDocuments.setRequiredIndicatorVisible(byProxy);
        });


        FormLayout request = new FormLayout(type, receivedOn, channel, handler, requesterName, requesterContact,
                details, ledgerEntries, responseDue);
        request.setColspan(details, 2);
        request.setColspan(ledgerEntries, 2);
        FormLayout identity = new FormLayout(proxyKind, proxyName, proxyDocuments, verifiedBy, identityMethod,
                identityVerifiedOn, fee, feeReceived);
        FormLayout answer = new FormLayout(decision, refusalGround, decisionReason, respondedOn, responseMethod);
        answer.setColspan(decisionReason, 2);
        FormLayout papers = new FormLayout(destructionDue, destroyedOn);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("request.form")),
                new H4(getTranslation("request.section.request")), request,
                new H4(getTranslation("request.section.identity")), identity,
                new H4(getTranslation("request.section.decision")), answer,
                new H4(getTranslation("request.section.papers")), papers,
                new HorizontalLayout(recordForm.saveButton(), recordForm.cancelButton()), history);
        right.setId("request-form");
        return right;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        recordForm.open(id);
    }

    /** The response date as it will be stored: the promise made at receipt, recomputed only when that date changes. */
    private void showDeadlines() {
        SubjectRequest editing = recordForm.editing();
        LocalDate due = null;
        if (editing != null && receivedOn.getValue() != null) {
            boolean unchanged = !editing.isNew() && Objects.equals(receivedOn.getValue(), editing.getReceivedOn())
                    && editing.getResponseDue() != null;
            due = unchanged ? editing.getResponseDue() : requests.responseDueFor(receivedOn.getValue());
        }
        responseDue.setValue(due == null ? "—" : JapaneseDates.iso(due));
        destructionDue.setValue(editing == null || editing.getDestructionDue() == null ? "—"
                : JapaneseDates.iso(editing.getDestructionDue()));
    }

    private Span dueCell(SubjectRequest request) {
        return Registers.dueDate(request.getResponseDue(), request.isOverdue(LocalDate.now(clock)), "request.overdue");
    }

    private ComboBox<UserAccount> userPicker(String labelKey, UserService users) {
        ComboBox<UserAccount> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setItems(users.activeUsers());
        picker.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        picker.setClearButtonVisible(true);
        return picker;
    }

    private SubjectRequestFilter filter() {
        return new SubjectRequestFilter(statusFilter.getValue(), typeFilter.getValue(), overdueFilter.getValue());
    }


    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subjectRequests");
    }
}
