package jp.mamori.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import jp.mamori.shared.persistence.VersionedEntity;

/** A catalogue of safeguards an examiner walks through (PPC guideline for JAPHIC, Privacy Mark). */
@Entity
@Table(name = "safeguard_framework")
public class SafeguardFramework extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    /** The version of the shipped catalogue last merged into this framework. */
    @Column(name = "catalogue_version", nullable = false)
    private int catalogueVersion;

    protected SafeguardFramework() {
    }

    SafeguardFramework(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return Localised.pick(locale, nameJa, nameEn);
    }

    void rename(String ja, String en) {
        this.nameJa = ja;
        this.nameEn = en;
    }

    public int getCatalogueVersion() {
        return catalogueVersion;
    }

    void setCatalogueVersion(int catalogueVersion) {
        this.catalogueVersion = catalogueVersion;
    }
}
