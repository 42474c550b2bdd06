package jp.mamori.safeguard.ui;

import com.vaadin.flow.component.html.Anchor;
import jp.mamori.safeguard.EvidenceService;
import jp.mamori.safeguard.SafeguardEvidence;
import jp.mamori.shared.ui.Downloads;

/** Download links and sizes of evidence files; a file that fails its checksum is not served. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static Anchor link(EvidenceService evidence, SafeguardEvidence file) {
        return Downloads.storedFile(file, id -> evidence.download(id).content());
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
