package jp.mamori.training;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.files.FileCheck;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses, their attached material and their assignment rules. The privacy manager writes
 * them; a worker reads the courses assigned to them.
 */
@Service
public class CourseService {

    static final int MAX_MATERIAL_CHARS = 100_000;
    static final int MAX_PLEDGE_CHARS = 10_000;
    private static final FileCheck MATERIAL_FILES = new FileCheck("training.error.", "material");

    private final CourseRepository courses;
    private final AssignmentRuleRepository rules;
    private final MaterialFileRepository files;
    private final MaterialContentRepository contents;
    private final DepartmentService departments;
    private final Clock clock;

    CourseService(CourseRepository courses, AssignmentRuleRepository rules, MaterialFileRepository files,
                  MaterialContentRepository contents, DepartmentService departments, Clock clock) {
        this.courses = courses;
        this.rules = rules;
        this.files = files;
        this.contents = contents;
        this.departments = departments;
        this.clock = clock;
    }

    /** A material file with its bytes, for download. */
    public record Download(MaterialFile file, byte[] content) {
    }

    /** Every course for the privacy manager; the courses one is assigned for anybody else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Course> list() {
        MamoriPrincipal caller = CurrentUser.require();
        return caller.hasRole(Role.PRIVACY_MANAGER) ? courses.findAllByOrderByTitleAsc()
                : courses.findAssignedTo(caller.userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Course get(long id) {
        checkReadable(id);
        Course course = courses.findWithContent(id).orElseThrow();
        initialise(course);
        return course;
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public Course save(Long id, Long expectedVersion, CourseValues values) {
        validate(values);
        Course course = id == null ? new Course() : courses.findWithContent(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            StaleRecordException.check(course, expectedVersion);
        }
        course.apply(values, clock.instant());
        // A managed course is flushed, never merged: merging would copy the new immutable pledge blank.
        Course saved = course.isNew() ? courses.save(course) : course;
        courses.flush();
        initialise(saved);
        return saved;
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional(readOnly = true)
    public List<AssignmentRule> rules(long courseId) {
        return rules.findByCourseIdOrderByIdAsc(courseId);
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public AssignmentRule addRule(long courseId, RuleScope scope, Long departmentId, Role role, Integer withinDays) {
        if (scope == null) {
            throw RuleViolation.onField("scope", "validation.required");
        }
        Department department = null;
        switch (scope) {
            case DEPARTMENT -> {
                if (departmentId == null) {
                    throw RuleViolation.onField("departmentId", "training.error.ruleDepartment");
                }
                department = departments.get(departmentId);
            }
            case ROLE -> {
                if (role == null) {
                    throw RuleViolation.onField("role", "training.error.ruleRole");
                }
            }
            case NEW_HIRES -> {
                if (withinDays == null || withinDays < 1 || withinDays > 366) {
                    throw RuleViolation.onField("withinDays", "training.error.ruleDays");
                }
            }
            case ALL -> {
                // reaches everyone: nothing further to check
            }
        }
        Course course = courses.findById(courseId).orElseThrow();
        AssignmentRule saved = rules.save(new AssignmentRule(course, scope, department, role, withinDays));
        if (saved.getDepartment() != null) {
            saved.getDepartment().getName();
        }
        return saved;
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public void removeRule(long ruleId) {
        rules.deleteById(ruleId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MaterialFile> files(long courseId) {
        checkReadable(courseId);
        return files.findByCourseIdOrderByFileNameAsc(courseId);
    }

    /** Stores a material file after checking what it really is; see {@link FileCheck}. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public MaterialFile attach(long courseId, String fileName, byte[] bytes) {
        courses.findById(courseId).orElseThrow();
        FileCheck.Kind kind = MATERIAL_FILES.detect(bytes);
        MaterialFile file = files.save(new MaterialFile(courseId, MATERIAL_FILES.safeName(fileName, kind),
                kind.contentType(), bytes.length, MaterialFile.checksum(bytes), clock.instant(), CurrentUser.usernameOrSystem()));
        contents.save(new MaterialContent(file.getId(), bytes));
        return file;
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public void removeFile(long fileId) {
        contents.deleteById(fileId);
        files.deleteById(fileId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Download download(long fileId) {
        MaterialFile file = files.findById(fileId).orElseThrow();
        checkReadable(file.getCourseId());
        return new Download(file, contents.findById(fileId).orElseThrow().content());
    }

    private void checkReadable(long courseId) {
        MamoriPrincipal caller = CurrentUser.require();
        if (!caller.hasRole(Role.PRIVACY_MANAGER)
                && courses.findAssignedTo(caller.userId()).stream().noneMatch(c -> c.getId() == courseId)) {
            throw new AccessDeniedException("Course not assigned to the caller");
        }
    }

    private static void validate(CourseValues values) {
        if (values.title() == null || values.title().isBlank()) {
            throw RuleViolation.onField("title", "validation.required");
        }
        if (values.title().strip().length() > 200) {
            throw RuleViolation.onField("title", "training.error.tooLong", 200);
        }
        if (values.description() != null && values.description().length() > 2000) {
            throw RuleViolation.onField("description", "training.error.tooLong", 2000);
        }
        if (values.kind() == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        if (values.material() != null && values.material().length() > MAX_MATERIAL_CHARS) {
            throw RuleViolation.onField("material", "training.error.tooLong", MAX_MATERIAL_CHARS);
        }
        if (values.passMark() < 0 || values.passMark() > 100) {
            throw RuleViolation.onField("passMark", "training.error.passMark");
        }
        if (values.maxAttempts() < 1 || values.maxAttempts() > 20) {
            throw RuleViolation.onField("maxAttempts", "training.error.maxAttempts");
        }
        if (values.deadlineDays() < 1 || values.deadlineDays() > 366) {
            throw RuleViolation.onField("deadlineDays", "training.error.deadlineDays");
        }
        if (values.pledgeText() == null || values.pledgeText().isBlank()) {
            throw RuleViolation.onField("pledgeText", "training.error.pledgeRequired");
        }
        if (values.pledgeText().length() > MAX_PLEDGE_CHARS) {
            throw RuleViolation.onField("pledgeText", "training.error.tooLong", MAX_PLEDGE_CHARS);
        }
        for (CourseLink link : values.links()) {
            if (link.label() == null || link.label().isBlank() || link.label().length() > 200
                    || !CourseLink.acceptable(link.url())) {
                throw RuleViolation.onField("links", "training.error.link", link.label());
            }
        }
        if (values.questions().isEmpty()) {
            throw RuleViolation.onField("questions", "training.error.noQuestions");
        }
        int number = 0;
        for (CourseValues.QuestionValues question : values.questions()) {
            number++;
            if (question.text() == null || question.text().isBlank() || question.text().length() > 2000) {
                throw RuleViolation.onField("questions", "training.error.questionText", number);
            }
            if (question.explanation() != null && question.explanation().length() > 4000) {
                throw RuleViolation.onField("questions", "training.error.tooLong", 4000);
            }
            if (question.choices().size() < 2 || question.choices().size() > 10) {
                throw RuleViolation.onField("questions", "training.error.choiceCount", number);
            }
            Set<String> texts = new HashSet<>();
            for (Choice choice : question.choices()) {
                if (choice.text() == null || choice.text().isBlank() || choice.text().length() > 500
                        || !texts.add(choice.text().strip())) {
                    throw RuleViolation.onField("questions", "training.error.choiceText", number);
                }
            }
            long correct = question.choices().stream().filter(Choice::correct).count();
            if (correct == 0 || (!question.multiple() && correct != 1)) {
                throw RuleViolation.onField("questions", "training.error.correctChoices", number);
            }
        }
    }

    private static void initialise(Course course) {
        course.getQuestions().forEach(question -> question.getChoices().size());
        course.getPledges().size();
        course.getLinks().size();
    }

}
