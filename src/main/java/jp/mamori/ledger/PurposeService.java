package jp.mamori.ledger;

import jakarta.validation.Valid;
import java.util.List;
import jp.mamori.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The purposes of use. Everyone who records the ledger picks from them; only privacy managers
 * word them, since the public notice publishes these words.
 */
@Service
@Validated
public class PurposeService {

    private final PurposeRepository purposes;

    PurposeService(PurposeRepository purposes) {
        this.purposes = purposes;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Purpose> list() {
        return purposes.findAllByOrderByCategoryAscIdAsc();
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public Purpose save(@Valid Purpose purpose) {
        purposes.findByTextJa(purpose.getTextJa())
                .filter(other -> !other.getId().equals(purpose.getId()))
                .ifPresent(other -> {
                    throw RuleViolation.onField("textJa", "ledger.purpose.error.duplicate", purpose.getTextJa());
                });
        return purposes.save(purpose);
    }
}
