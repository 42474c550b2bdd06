package jp.mamori.organisation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import jp.mamori.organisation.DepartmentService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Departments: everyone signed in reads, administrators write (enforced in the service). */
@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments")
class DepartmentController {

    private final DepartmentService departments;

    DepartmentController(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping
    @Operation(summary = "List departments (any signed-in user)")
    List<DepartmentDto> list() {
        return departments.list().stream().map(DepartmentDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a department (any signed-in user)")
    DepartmentDto get(@PathVariable long id) {
        return DepartmentDto.of(departments.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a department (ADMIN)")
    DepartmentDto create(@Valid @RequestBody DepartmentDto body) {
        return DepartmentDto.of(departments.save(null, null, body.code(), body.name(), body.parentId(),
                body.managerId(), body.active() == null || body.active()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a department (ADMIN); send the version you read")
    DepartmentDto update(@PathVariable long id, @Valid @RequestBody DepartmentDto body) {
        return DepartmentDto.of(departments.save(id, body.version(), body.code(), body.name(), body.parentId(),
                body.managerId(), body.active() == null || body.active()));
    }
}
