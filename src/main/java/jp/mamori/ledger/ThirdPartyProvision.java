package jp.mamori.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** Whether and to whom the information is provided to a third party (第三者提供), and on what ground. */
@Embeddable
public class ThirdPartyProvision {

    @Column(name = "provided_to_third_party", nullable = false)
    private boolean provided;

    @Size(max = 500, message = "{validation.maxLength}")
    @Column(name = "provision_recipient", length = 500)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "provision_basis", length = 32)
    private ProvisionBasis basis;

    /** Provided to a third party in a foreign country (外国にある第三者), which needs the country named. */
    @Column(name = "provision_abroad", nullable = false)
    private boolean abroad;

    @Size(max = 100, message = "{validation.maxLength}")
    @Column(name = "provision_country", length = 100)
    private String country;

    public ThirdPartyProvision() {
    }

    public ThirdPartyProvision(boolean provided, String recipient, ProvisionBasis basis, boolean abroad, String country) {
        this.provided = provided;
        setRecipient(recipient);
        this.basis = basis;
        this.abroad = abroad;
        setCountry(country);
    }

    public ThirdPartyProvision copy() {
        return new ThirdPartyProvision(provided, recipient, basis, abroad, country);
    }

    public boolean isProvided() {
        return provided;
    }

    public void setProvided(boolean provided) {
        this.provided = provided;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
    }

    public ProvisionBasis getBasis() {
        return basis;
    }

    public void setBasis(ProvisionBasis basis) {
        this.basis = basis;
    }

    public boolean isAbroad() {
        return abroad;
    }

    public void setAbroad(boolean abroad) {
        this.abroad = abroad;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null || country.isBlank() ? null : country.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThirdPartyProvision that && provided == that.provided && abroad == that.abroad
                && Objects.equals(recipient, that.recipient) && basis == that.basis
                && Objects.equals(country, that.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provided, recipient, basis, abroad, country);
    }

    @Override
    public String toString() {
        if (!provided) {
            return "-";
        }
        return recipient + " / " + basis + (abroad ? " / " + country : "");
    }
}
