package jp.mamori.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import jp.mamori.shared.persistence.VersionedEntity;

/** A heading of a framework (e.g. 物理的安全管理措置), the unit readiness is reported by. */
@Entity
@Table(name = "safeguard_heading")
public class SafeguardHeading extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private SafeguardFramework framework;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title_ja", nullable = false, length = 300)
    private String titleJa;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    protected SafeguardHeading() {
    }

    SafeguardHeading(SafeguardFramework framework, String code) {
        this.framework = framework;
        this.code = code;
    }

    public SafeguardFramework getFramework() {
        return framework;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String title(Locale locale) {
        return Localised.pick(locale, titleJa, titleEn);
    }

    void update(int sortOrder, String ja, String en) {
        this.sortOrder = sortOrder;
        this.titleJa = ja;
        this.titleEn = en;
    }
}
