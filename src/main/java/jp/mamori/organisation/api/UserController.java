package jp.mamori.organisation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import jp.mamori.organisation.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: administrators and privacy managers read all, others only themselves; administrators write. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List accounts visible to the caller (ADMIN, PRIVACY_MANAGER: all; others: themselves)")
    List<UserDto> list() {
        return users.visibleToCaller().stream().map(UserDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an account (own, or any for ADMIN and PRIVACY_MANAGER)")
    UserDto get(@PathVariable long id) {
        return UserDto.of(users.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (ADMIN), optionally with an initial password")
    UserDto create(@Valid @RequestBody UserDto body) {
        return UserDto.of(users.save(null, null, body.values(), body.password()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an account (ADMIN); send the version you read")
    UserDto update(@PathVariable long id, @Valid @RequestBody UserDto body) {
        return UserDto.of(users.save(id, body.version(), body.values(), null));
    }
}
