package jp.mamori.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import jp.mamori.shared.security.Role;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A worker (従業者) with a login: officers, employees and temporary staff alike. */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount extends VersionedEntity implements HistoryLabel {

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.maxLength}")
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{user.validation.username}")
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.maxLength}")
    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Size(max = 100, message = "{validation.maxLength}")
    @Pattern(regexp = "[\\p{InKatakana}\\p{InHiragana}ー・ 　]*", message = "{user.validation.kana}")
    @Column(length = 100)
    private String kana;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.maxLength}")
    @Column(nullable = false, length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @NotEmpty(message = "{user.validation.roles}")
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @NotAudited
    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @NotAudited
    @Column(nullable = false, length = 8)
    private String language = "ja";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getKana() {
        return kana;
    }

    public void setKana(String kana) {
        this.kana = kana == null ? null : kana.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "ja";
    }

    @Override
    public String historyLabel() {
        return displayName + " (" + username + ")";
    }
}
