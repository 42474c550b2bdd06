package jp.mamori.audit.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import jp.mamori.audit.AuditEvidence;
import jp.mamori.audit.AuditEvidenceService;
import jp.mamori.shared.files.FileCheck;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.UploadTexts;

/** The evidence files of one checklist answer: download links, and an upload for the audit team. */
class ChecklistEvidence extends VerticalLayout {

    private final AuditEvidenceService evidence;
    private final long itemId;
    private final VerticalLayout files = new VerticalLayout();

    /** Shown in the answer dialog, which only the audit team opens while the audit is open. */
    ChecklistEvidence(AuditEvidenceService evidence, long itemId) {
        this.evidence = evidence;
        this.itemId = itemId;
        setPadding(false);
        setSpacing(false);
        files.setPadding(false);
        files.setSpacing(false);
        files.setId("checklist-evidence-files");
        add(new Span(getTranslation("audit.evidence.files")), files);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            if (Feedback.attempt(() -> evidence.attach(itemId, metadata.fileName(), bytes)) != null) {
                Feedback.success("audit.evidence.attached", metadata.fileName());
                show();
            }
        }))));
        UploadTexts.translate(upload);
        upload.setMaxFileSize(FileCheck.MAX_BYTES);
        upload.setId("checklist-evidence-upload");
        add(upload, new Span(getTranslation("audit.evidence.help")));
        show();
    }

    private void show() {
        files.removeAll();
        List<AuditEvidence> stored = evidence.files(itemId);
        if (stored.isEmpty()) {
            files.add(new Span(getTranslation("audit.evidence.none")));
        }
        files.add(links(evidence, stored));
    }

    /** Download links of the given files, for the checklist grid as well. */
    static VerticalLayout links(AuditEvidenceService evidence, List<AuditEvidence> stored) {
        VerticalLayout links = new VerticalLayout();
        links.setPadding(false);
        links.setSpacing(false);
        stored.forEach(file -> links.add(Downloads.storedFile(file, id -> evidence.download(id).content())));
        return links;
    }
}
