package jp.mamori.safeguard.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.safeguard.AnswerValues;
import jp.mamori.safeguard.CheckAnswer;
import jp.mamori.safeguard.CheckResult;
import jp.mamori.safeguard.EvidenceService;
import jp.mamori.safeguard.FollowUp;
import jp.mamori.safeguard.OperationalCheck;
import jp.mamori.safeguard.OperationalCheckService;
import jp.mamori.safeguard.SafeguardEvidence;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import jp.mamori.shared.ui.UploadTexts;

/**
 * What I must answer this period, as checker or item owner: the answer with comment and
 * evidence, and my open follow-ups. Privacy managers also start checks here.
 */
@Route(value = "safeguards/my-checks", layout = MainLayout.class)
@PermitAll
@NavigationEntry(group = NavGroup.SAFEGUARDS, label = "nav.safeguard.myChecks", order = 20)
public class MyChecksView extends SplitLayout implements HasDynamicTitle {

    private final OperationalCheckService checks;
    private final EvidenceService evidence;
    private final Clock clock;
    private final Grid<CheckAnswer> pending = new Grid<>();
    private final Grid<FollowUp> followUps = new Grid<>();
    private final Grid<SafeguardEvidence> files = new Grid<>();
    private final VerticalLayout answerPanel = new VerticalLayout();
    private final Paragraph itemText = new Paragraph();
    private final Span itemFacts = new Span();
    private final RadioButtonGroup<CheckResult> result = new RadioButtonGroup<>();
    private final TextArea naReason = new TextArea();
    private final TextArea comment = new TextArea();
    private final ComboBox<UserAccount> followUpOwner = new ComboBox<>();
    private final DatePicker followUpDue = new DatePicker();
    private final TextArea followUpDescription = new TextArea();
    private final VerticalLayout followUpFields = new VerticalLayout();
    private CheckAnswer answering;

    public MyChecksView(OperationalCheckService checks, EvidenceService evidence, UserService users,
                        DepartmentService departments, Clock clock) {
        this.checks = checks;
        this.evidence = evidence;
        this.clock = clock;
        setSizeFull();
        setSplitterPosition(55);
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(clock);

        pending.addColumn(a -> a.getItem().getCode()).setHeader(getTranslation("safeguard.code")).setAutoWidth(true).setFlexGrow(0);
        pending.addColumn(a -> a.getItem().text(locale)).setHeader(getTranslation("safeguard.text")).setFlexGrow(4);
        pending.addColumn(a -> a.getDepartment().getName()).setHeader(getTranslation("safeguard.check.department")).setAutoWidth(true);
        pending.addColumn(a -> JapaneseDates.iso(a.getPeriod().end())
                        + (a.getPeriod().end().isBefore(today) ? " " + getTranslation("safeguard.myChecks.overdue") : ""))
                .setHeader(getTranslation("safeguard.check.dueBy")).setAutoWidth(true).setFlexGrow(0);
        pending.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        pending.setEmptyStateText(getTranslation("safeguard.myChecks.empty"));
        pending.setId("my-checks-grid");
        pending.asSingleSelect().addValueChangeListener(event -> open(event.getValue()));

        followUps.addColumn(f -> f.getAnswer().getItem().getCode()).setHeader(getTranslation("safeguard.code")).setAutoWidth(true).setFlexGrow(0);
        followUps.addColumn(FollowUp::getDescription).setHeader(getTranslation("safeguard.followUp.description")).setFlexGrow(4);
        followUps.addColumn(f -> JapaneseDates.iso(f.getDueDate())).setHeader(getTranslation("safeguard.followUp.due")).setAutoWidth(true);
        followUps.addComponentColumn(f -> new Button(getTranslation("safeguard.followUp.done"), click -> complete(f)))
                .setAutoWidth(true).setFlexGrow(0);
        followUps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        followUps.setEmptyStateText(getTranslation("safeguard.followUp.empty"));
        followUps.setHeight("16rem");
        followUps.setId("my-follow-ups-grid");

        Button start = new Button(getTranslation("safeguard.check.new"), click -> openStartDialog(departments, users));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("check-start");
        start.setVisible(CurrentUser.require().hasRole(Role.PRIVACY_MANAGER));
        VerticalLayout left = new VerticalLayout(new HorizontalLayout(new H3(getTranslation("safeguard.myChecks.pending")), start),
                pending, new H4(getTranslation("safeguard.followUp.title")), followUps);
        left.setSizeFull();
        left.expand(pending);
        addToPrimary(left);
        addToSecondary(answerForm(users));
        refresh();
        open(null);
    }

    private VerticalLayout answerForm(UserService users) {
        result.setLabel(getTranslation("safeguard.answer.result"));
        result.setItems(CheckResult.values());
        result.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        result.setId("answer-result");
        naReason.setLabel(getTranslation("safeguard.answer.naReason"));
        naReason.setMaxLength(1000);
        naReason.setWidthFull();
        naReason.setId("answer-na-reason");
        comment.setLabel(getTranslation("safeguard.answer.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setId("answer-comment");
        followUpOwner.setLabel(getTranslation("safeguard.answer.followUpOwner"));
        followUpOwner.setItems(users.activeUsers());
        followUpOwner.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        followUpDue.setLabel(getTranslation("safeguard.answer.followUpDue"));
        followUpDescription.setLabel(getTranslation("safeguard.answer.followUpDescription"));
        followUpDescription.setMaxLength(2000);
        followUpDescription.setWidthFull();
        FormLayout followUpForm = new FormLayout(followUpOwner, followUpDue, followUpDescription);
        followUpForm.setColspan(followUpDescription, 2);
        followUpFields.add(new Paragraph(getTranslation("safeguard.answer.followUp")), followUpForm);
        followUpFields.setPadding(false);
        result.addValueChangeListener(event -> {
            naReason.setVisible(event.getValue() == CheckResult.NOT_APPLICABLE);
            followUpFields.setVisible(event.getValue() == CheckResult.NOT_MET);
        });

        Button save = new Button(getTranslation("safeguard.answer.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).setEventPropagationAllowed(false);
        save.setId("answer-save");

        files.addComponentColumn(file -> EvidenceLinks.link(evidence, file)).setHeader(getTranslation("safeguard.evidence.fileName")).setFlexGrow(3);
        files.addColumn(file -> EvidenceLinks.size(file.getSizeBytes())).setHeader(getTranslation("safeguard.evidence.size")).setAutoWidth(true);
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        files.setAllRowsVisible(true);
        files.setEmptyStateText(getTranslation("safeguard.evidence.empty"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            long answerId = answering.getId();
            try {
                SafeguardEvidence stored = evidence.upload(answerId, metadata.fileName(), bytes);
                ui.access(() -> {
                    Feedback.success("safeguard.evidence.uploaded", stored.getFileName());
                    files.setItems(evidence.forAnswer(answerId));
                });
            } catch (RuleViolation refused) {
                ui.access(() -> Feedback.error(refused.messageKey(), refused.arguments()));
            }
        }));
        UploadTexts.translate(upload);
        upload.setMaxFiles(5);
        upload.setId("evidence-upload");
        upload.addFileRejectedListener(event -> Feedback.error("safeguard.evidence.error.tooLarge", event.getFileName(),
                evidence.maxBytes() / (1024 * 1024)));
        upload.setMaxFileSize((int) evidence.maxBytes());
        Paragraph uploadHelp = new Paragraph(getTranslation("safeguard.evidence.help", evidence.maxBytes() / (1024 * 1024)));

        itemText.addClassName("safeguard-item-text");
        answerPanel.add(new H3(getTranslation("safeguard.answer.title")), itemFacts, itemText, result, naReason, comment,
                followUpFields, save, new H4(getTranslation("safeguard.evidence.title")), uploadHelp, upload, files);
        answerPanel.setId("answer-form");
        return answerPanel;
    }

    private void open(CheckAnswer answer) {
        answering = answer;
        boolean open = answer != null;
        answerPanel.getChildren().skip(1).forEach(component -> component.setVisible(open));
        if (!open) {
            itemFacts.setVisible(true);
            itemFacts.setText(getTranslation("safeguard.answer.none"));
            return;
        }
        Locale locale = getLocale();
        itemFacts.setText(answer.getItem().getCode() + "　" + getTranslation(answer.getItem().getRequirement().labelKey())
                + "　" + (answer.getItem().getClauseRef() == null ? "" : answer.getItem().getClauseRef())
                + "　" + answer.getDepartment().getName() + "　" + getTranslation("safeguard.check.period") + " "
                + answer.getPeriod());
        itemText.setText(answer.getItem().text(locale));
        result.setValue(answer.getResult());
        naReason.setValue(answer.getNaReason() == null ? "" : answer.getNaReason());
        comment.setValue(answer.getComment() == null ? "" : answer.getComment());
        naReason.setVisible(answer.getResult() == CheckResult.NOT_APPLICABLE);
        followUpFields.setVisible(answer.getResult() == CheckResult.NOT_MET);
        followUpOwner.setValue(answer.getItem().getOwner() != null ? answer.getItem().getOwner() : answer.getCheck().getChecker());
        followUpDue.setValue(null);
        followUpDescription.clear();
        files.setItems(evidence.forAnswer(answer.getId()));
    }

    private void save() {
        if (answering == null) {
            return;
        }
        AnswerValues values = new AnswerValues(result.getValue(), naReason.getValue(), comment.getValue(),
                followUpOwner.getValue() == null ? null : followUpOwner.getValue().getId(), followUpDue.getValue(),
                followUpDescription.getValue());
        CheckAnswer saved = Feedback.attempt(() -> checks.answer(answering.getId(), answering.getVersion(), values));
        if (saved != null) {
            Feedback.success("safeguard.answer.saved");
            refresh();
            open(null);
        }
    }

    private void complete(FollowUp followUp) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(followUp.getAnswer().getItem().getCode());
        TextArea note = new TextArea(getTranslation("safeguard.followUp.doneNote"));
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setId("follow-up-note");
        Button confirm = new Button(getTranslation("safeguard.followUp.done"), click -> {
            FollowUp done = Feedback.attempt(() -> checks.completeFollowUp(followUp.getId(), followUp.getVersion(),
                    note.getValue()));
            if (done != null) {
                Feedback.success("safeguard.followUp.completed");
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(followUp.getDescription()), note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void openStartDialog(DepartmentService departments, UserService users) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("safeguard.check.title"));
        ComboBox<Department> department = new ComboBox<>(getTranslation("safeguard.check.department"));
        department.setItems(departments.list().stream().filter(Department::isActive).toList());
        department.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        department.setId("check-department");
        ComboBox<UserAccount> checker = new ComboBox<>(getTranslation("safeguard.check.checker"));
        checker.setItems(users.activeUsers());
        checker.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        checker.setId("check-checker");
        department.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue().getManager() != null && checker.isEmpty()) {
                checker.setValue(event.getValue().getManager());
            }
        });
        DatePicker asOf = new DatePicker(getTranslation("safeguard.check.asOf"), LocalDate.now(clock));
        asOf.setHelperText(getTranslation("safeguard.check.asOf.help"));
        Button create = new Button(getTranslation("safeguard.check.new"), click -> {
            if (department.isEmpty() || checker.isEmpty()) {
                Feedback.error("validation.required");
                return;
            }
            OperationalCheck check = Feedback.attempt(() -> checks.create(department.getValue().getId(),
                    checker.getValue().getId(), asOf.getValue()));
            if (check != null) {
                Feedback.success("safeguard.check.created", checks.answers(check.getId()).size());
                dialog.close();
                refresh();
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("check-create");
        dialog.add(new FormLayout(department, checker, asOf));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), create);
        dialog.open();
    }

    private void refresh() {
        pending.setItems(checks.pendingForMe());
        followUps.setItems(checks.myFollowUps());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.safeguard.myChecks");
    }
}
