package jp.mamori.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.web.FileResponses;
import jp.mamori.training.CourseService;
import jp.mamori.training.MaterialFile;
import jp.mamori.training.RuleScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Courses: privacy managers write them; workers read the courses assigned to them. */
@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "Training courses")
class CourseController {

    private final CourseService courses;

    CourseController(CourseService courses) {
        this.courses = courses;
    }

    record RuleDto(Long id, RuleScope scope, Long departmentId, Role role, Integer withinDays) {
    }

    record MaterialFileDto(long id, String fileName, String contentType, long sizeBytes, String sha256) {

        static MaterialFileDto of(MaterialFile file) {
            return new MaterialFileDto(file.getId(), file.getFileName(), file.getContentType(), file.getSizeBytes(),
                    file.getSha256());
        }
    }

    @GetMapping
    @Operation(summary = "List courses (PRIVACY_MANAGER: all; others: those assigned to them)")
    List<CourseDto> list() {
        return courses.list().stream().map(CourseDto::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a course with its material (questions with answers for PRIVACY_MANAGER only)")
    CourseDto get(@PathVariable long id) {
        return CourseDto.of(courses.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a course (PRIVACY_MANAGER)")
    CourseDto create(@RequestBody CourseDto body) {
        return CourseDto.of(courses.save(null, null, body.values()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a course (PRIVACY_MANAGER); send the version you read. Changing the material or "
            + "the test makes a new content version, changing the pledge a new pledge version")
    CourseDto update(@PathVariable long id, @RequestBody CourseDto body) {
        return CourseDto.of(courses.save(id, body.version(), body.values()));
    }

    @GetMapping("/{id}/rules")
    @Operation(summary = "Assignment rules of a course (PRIVACY_MANAGER)")
    List<RuleDto> rules(@PathVariable long id) {
        return courses.rules(id).stream().map(rule -> new RuleDto(rule.getId(), rule.getScope(),
                rule.getDepartment() == null ? null : rule.getDepartment().getId(), rule.getRole(),
                rule.getWithinDays())).toList();
    }

    @PostMapping("/{id}/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an assignment rule (PRIVACY_MANAGER)")
    RuleDto addRule(@PathVariable long id, @RequestBody RuleDto body) {
        var rule = courses.addRule(id, body.scope(), body.departmentId(), body.role(), body.withinDays());
        return new RuleDto(rule.getId(), rule.getScope(), body.departmentId(), rule.getRole(), rule.getWithinDays());
    }

    @DeleteMapping("/{id}/rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an assignment rule (PRIVACY_MANAGER); existing assignments stay")
    void removeRule(@PathVariable long id, @PathVariable long ruleId) {
        courses.removeRule(ruleId);
    }

    @GetMapping("/{id}/materials")
    @Operation(summary = "Material files of a course")
    List<MaterialFileDto> materials(@PathVariable long id) {
        return courses.files(id).stream().map(MaterialFileDto::of).toList();
    }

    @PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a material file (PRIVACY_MANAGER): PDF, PNG, JPEG, pptx, docx or xlsx, by content")
    MaterialFileDto attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return MaterialFileDto.of(courses.attach(id, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/materials/{fileId}")
    @Operation(summary = "Download a material file (as an attachment)")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        CourseService.Download download = courses.download(fileId);
        if (download.file().getCourseId() != id) {
            throw new java.util.NoSuchElementException();
        }
        return FileResponses.attachment(download.file().getFileName(), download.file().getContentType(),
                download.content());
    }
}
