package jp.mamori.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/** The organisation whose PMS Mamori keeps: its name and its privacy manager. One row. */
@Entity
@Table(name = "organisation_profile")
@Audited
public class OrganisationProfile extends VersionedEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.maxLength}")
    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "privacy_manager_id")
    private UserAccount privacyManager;

    @Column(name = "set_up_at", nullable = false)
    private Instant setUpAt;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public UserAccount getPrivacyManager() {
        return privacyManager;
    }

    public void setPrivacyManager(UserAccount privacyManager) {
        this.privacyManager = privacyManager;
    }

    public Instant getSetUpAt() {
        return setUpAt;
    }

    void setSetUpAt(Instant setUpAt) {
        this.setUpAt = setUpAt;
    }
}
