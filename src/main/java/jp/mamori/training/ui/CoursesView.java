package jp.mamori.training.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import jp.mamori.shared.ui.UploadTexts;
import jp.mamori.training.AssignmentRule;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.CourseService;
import jp.mamori.training.CourseValues;
import jp.mamori.training.MaterialFile;
import jp.mamori.training.RuleScope;

/**
 * The privacy manager's course editor: material with a live preview, attached files and
 * links, the test, the pledge, and who must take the course (rules and manual assignment).
 */
@Route(value = "training/courses", layout = MainLayout.class)
@RolesAllowed(Role.Names.PRIVACY_MANAGER)
@NavigationEntry(group = NavGroup.TRAINING, label = "nav.training.courses", order = 10)
public class CoursesView extends SplitLayout implements HasDynamicTitle {

    private final CourseService courses;
    private final AssignmentService assignments;
    private final Clock clock;
    private final Grid<Course> grid = new Grid<>();
    private final Binder<CourseForm> binder = new Binder<>();
    private final QuestionEditor questions = new QuestionEditor();
    private final MaterialView preview = new MaterialView("");
    private final HistoryPanel history;
    private final VerticalLayout afterSave = new VerticalLayout();
    private final Grid<MaterialFile> files = new Grid<>();
    private final Grid<AssignmentRule> rules = new Grid<>();
    private final Button save = new Button();
    private final H3 formTitle = new H3();
    private Course editing;

    public CoursesView(CourseService courses, AssignmentService assignments, DepartmentService departments,
                       UserService users, HistoryService historyService, Clock clock) {
        this.courses = courses;
        this.assignments = assignments;
        this.clock = clock;
        this.history = new HistoryPanel(historyService, Course.class);
        setSizeFull();
        setSplitterPosition(32);

        grid.addColumn(Course::getTitle).setHeader(getTranslation("training.course.title")).setFlexGrow(3);
        grid.addColumn(course -> getTranslation(course.getKind().labelKey()))
                .setHeader(getTranslation("training.course.kind")).setAutoWidth(true);
        grid.addColumn(course -> "v" + course.getContentVersion()).setHeader(getTranslation("training.course.version"))
                .setAutoWidth(true);
        grid.addColumn(course -> getTranslation(course.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("common.active")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("training.courses.empty"));
        grid.setId("training-course-grid");
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        Button add = new Button(getTranslation("training.courses.add"), VaadinIcon.PLUS.create(), click -> {
            grid.deselectAll();
            edit(null);
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("training-course-add");
        Button status = new Button(getTranslation("nav.training.status"), VaadinIcon.BAR_CHART.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("training/status")));
        status.addThemeVariants(ButtonVariant.TERTIARY);
        VerticalLayout left = new VerticalLayout(new HorizontalLayout(add, status), grid);
        left.setSizeFull();
        left.expand(grid);
        addToPrimary(left);

        VerticalLayout form = new VerticalLayout(formTitle, fields(), questions, saveBar());
        afterSave.setPadding(false);
        afterSave.add(materialFiles(), ruleSection(departments), manualAssignment(users), history);
        form.add(afterSave);
        Scroller scroller = new Scroller(form);
        scroller.setSizeFull();
        addToSecondary(scroller);
        refresh();
        edit(null);
    }

    private FormLayout fields() {
        TextField title = new TextField(getTranslation("training.course.title"));
        title.setMaxLength(200);
        title.setId("training-course-title");
        TextArea description = new TextArea(getTranslation("training.course.description"));
        description.setMaxLength(2000);
        Select<CourseKind> kind = new Select<>();
        kind.setLabel(getTranslation("training.course.kind"));
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        IntegerField passMark = new IntegerField(getTranslation("training.course.passMark"));
        passMark.setSuffixComponent(new Div("%"));
        IntegerField maxAttempts = new IntegerField(getTranslation("training.course.maxAttempts"));
        IntegerField deadlineDays = new IntegerField(getTranslation("training.course.deadlineDays"));
        Checkbox randomise = new Checkbox(getTranslation("training.course.randomise"));
        Checkbox active = new Checkbox(getTranslation("common.active"));
        TextArea material = new TextArea(getTranslation("training.course.material"));
        material.setHelperText(getTranslation("training.editor.materialHelp"));
        material.setMinHeight("12rem");
        material.setValueChangeMode(ValueChangeMode.LAZY);
        material.addValueChangeListener(event -> preview.show(event.getValue()));
        material.setId("training-course-material");
        Div previewBox = new Div(new H4(getTranslation("training.editor.preview")), preview);
        previewBox.addClassName("training-preview");
        previewBox.getStyle().set("border", "1px dashed var(--lumo-contrast-30pct)").set("padding", "0 var(--lumo-space-m)");
        TextArea links = new TextArea(getTranslation("training.course.links"));
        links.setHelperText(getTranslation("training.editor.linksHelp"));
        TextArea pledge = new TextArea(getTranslation("training.course.pledge"));
        pledge.setHelperText(getTranslation("training.editor.pledgeHelp"));
        pledge.setId("training-course-pledge");

        binder.forField(title).asRequired(getTranslation("validation.required"))
                .bind(CourseForm::getTitle, CourseForm::setTitle);
        binder.forField(description).bind(CourseForm::getDescription, CourseForm::setDescription);
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind(CourseForm::getKind, CourseForm::setKind);
        binder.forField(passMark).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value >= 0 && value <= 100, getTranslation("training.error.passMark"))
                .bind(CourseForm::getPassMark, CourseForm::setPassMark);
        binder.forField(maxAttempts).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value >= 1 && value <= 20, getTranslation("training.error.maxAttempts"))
                .bind(CourseForm::getMaxAttempts, CourseForm::setMaxAttempts);
        binder.forField(deadlineDays).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value >= 1 && value <= 366, getTranslation("training.error.deadlineDays"))
                .bind(CourseForm::getDeadlineDays, CourseForm::setDeadlineDays);
        binder.forField(randomise).bind(CourseForm::isRandomiseOrder, CourseForm::setRandomiseOrder);
        binder.forField(active).bind(CourseForm::isActive, CourseForm::setActive);
        binder.forField(material).bind(CourseForm::getMaterial, CourseForm::setMaterial);
        binder.forField(links).bind(CourseForm::getLinks, CourseForm::setLinks);
        binder.forField(pledge).asRequired(getTranslation("training.error.pledgeRequired"))
                .bind(CourseForm::getPledgeText, CourseForm::setPledgeText);

        FormLayout layout = new FormLayout(title, kind, description, passMark, maxAttempts, deadlineDays, randomise,
                active, material, previewBox, links, pledge);
        layout.setColspan(description, 2);
        layout.setColspan(material, 2);
        layout.setColspan(previewBox, 2);
        layout.setColspan(links, 2);
        layout.setColspan(pledge, 2);
        return layout;
    }

    private HorizontalLayout saveBar() {
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter belongs to the text areas here; Ctrl+Enter saves.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setId("training-course-save");
        save.addClickListener(click -> save());
        return new HorizontalLayout(save);
    }

    private VerticalLayout materialFiles() {
        files.addColumn(MaterialFile::getFileName).setHeader(getTranslation("training.files.name")).setFlexGrow(3);
        files.addColumn(file -> (file.getSizeBytes() + 1023) / 1024 + " KB").setHeader(getTranslation("training.files.size"))
                .setAutoWidth(true);
        files.addComponentColumn(file -> {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                CourseService.Download content = courses.download(file.getId());
                return new DownloadResponse(new ByteArrayInputStream(content.content()), file.getFileName(),
                        file.getContentType(), content.content().length);
            }), "");
            download.add(VaadinIcon.DOWNLOAD.create());
            download.setDownload(true);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                if (Feedback.attempt(() -> courses.removeFile(file.getId()))) {
                    showFiles();
                }
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("training.files.remove"));
            return new HorizontalLayout(download, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        files.setAllRowsVisible(true);
        files.setEmptyStateText(getTranslation("training.files.empty"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            if (Feedback.attempt(() -> courses.attach(editing.getId(), metadata.fileName(), bytes)) != null) {
                Feedback.success("training.files.attached", metadata.fileName());
                showFiles();
            }
        }))));
        UploadTexts.translate(upload);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setId("training-file-upload");
        return new VerticalLayout(new H4(getTranslation("training.files.title")), files, upload);
    }

    private VerticalLayout ruleSection(DepartmentService departments) {
        rules.addColumn(rule -> getTranslation(rule.getScope().labelKey())).setHeader(getTranslation("training.rules.scope"));
        rules.addColumn(rule -> switch (rule.getScope()) {
            case ALL -> "";
            case DEPARTMENT -> rule.getDepartment().getName();
            case ROLE -> getTranslation(rule.getRole().labelKey());
            case NEW_HIRES -> getTranslation("training.rules.withinDays", rule.getWithinDays());
        }).setHeader(getTranslation("training.rules.detail")).setFlexGrow(2);
        rules.addComponentColumn(rule -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                if (Feedback.attempt(() -> courses.removeRule(rule.getId()))) {
                    showRules();
                }
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("training.rules.remove"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        rules.addThemeVariants(GridVariant.LUMO_COMPACT);
        rules.setAllRowsVisible(true);
        rules.setEmptyStateText(getTranslation("training.rules.empty"));

        Select<RuleScope> scope = new Select<>();
        scope.setLabel(getTranslation("training.rules.scope"));
        scope.setItems(RuleScope.values());
        scope.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        scope.setValue(RuleScope.ALL);
        scope.setId("training-rule-scope");
        ComboBox<Department> department = new ComboBox<>(getTranslation("training.export.department"));
        department.setItems(departments.list());
        department.setItemLabelGenerator(d -> d.getCode() + " " + d.getName());
        department.setId("training-rule-department");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("training.rules.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        IntegerField withinDays = new IntegerField(getTranslation("training.rules.days"));
        withinDays.setValue(30);
        Runnable visibility = () -> {
            department.setVisible(scope.getValue() == RuleScope.DEPARTMENT);
            role.setVisible(scope.getValue() == RuleScope.ROLE);
            withinDays.setVisible(scope.getValue() == RuleScope.NEW_HIRES);
        };
        scope.addValueChangeListener(event -> visibility.run());
        visibility.run();
        Button add = new Button(getTranslation("training.rules.add"), click -> {
            AssignmentRule rule = Feedback.attempt(() -> courses.addRule(editing.getId(), scope.getValue(),
                    department.getValue() == null ? null : department.getValue().getId(), role.getValue(),
                    withinDays.getValue()));
            if (rule != null) {
                Integer created = Feedback.attempt(() -> assignments.applyRules(LocalDate.now(clock)));
                Feedback.success("training.rules.applied", created == null ? 0 : created);
                showRules();
            }
        });
        add.setId("training-rule-add");
        HorizontalLayout form = new HorizontalLayout(scope, department, role, withinDays, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(new H4(getTranslation("training.rules.title")), rules, form);
    }

    private VerticalLayout manualAssignment(UserService users) {
        MultiSelectComboBox<UserAccount> workers = new MultiSelectComboBox<>(getTranslation("training.assign.workers"));
        workers.setItems(users.activeUsers());
        workers.setItemLabelGenerator(user -> user.getDisplayName() + " (" + user.getUsername() + ")");
        workers.setWidth("28rem");
        workers.setId("training-assign-workers");
        DatePicker due = new DatePicker(getTranslation("training.assignment.dueOn"));
        due.setHelperText(getTranslation("training.assign.dueHelp"));
        Button assign = new Button(getTranslation("training.assign.button"), click -> {
            Set<Long> ids = workers.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet());
            Integer created = Feedback.attempt(() -> assignments.assign(editing.getId(), ids, due.getValue()));
            if (created != null) {
                Feedback.success("training.assign.done", created);
                workers.clear();
            }
        });
        assign.setId("training-assign");
        HorizontalLayout row = new HorizontalLayout(workers, due, assign);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(new H4(getTranslation("training.assign.title")), row);
    }

    private void edit(Course course) {
        editing = course == null ? null : courses.get(course.getId());
        CourseValues values = editing == null ? new CourseValues("", "", CourseKind.ANNUAL,
                getTranslation("training.editor.materialTemplate"), 80, 3, true, 30,
                getTranslation("training.editor.pledgeTemplate"), true, List.of(), List.of())
                : CourseValues.of(editing);
        binder.setBean(CourseForm.of(values));
        questions.show(values.questions());
        preview.show(values.material());
        formTitle.setText(editing == null ? getTranslation("training.courses.new")
                : getTranslation("training.courses.edit", editing.getTitle(), editing.getContentVersion(),
                editing.getPledgeVersion()));
        afterSave.setVisible(editing != null);
        history.show(editing == null ? null : editing.getId());
        if (editing != null) {
            showFiles();
            showRules();
        }
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        CourseValues values = binder.getBean().values(questions.values());
        Course saved = Feedback.attempt(() -> courses.save(editing == null ? null : editing.getId(),
                editing == null ? null : editing.getVersion(), values));
        if (saved != null) {
            Feedback.success("common.saved");
            refresh();
            edit(saved);
        }
    }

    private void showFiles() {
        files.setItems(courses.files(editing.getId()));
    }

    private void showRules() {
        rules.setItems(courses.rules(editing.getId()));
    }

    private void refresh() {
        grid.setItems(courses.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training.courses");
    }
}
