package jp.mamori.consignee;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.files.FileCheck;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Contracts, NDAs and evidence kept for consignees, with their files checked on the way in. */
@Service
@Validated
public class ConsigneeDocumentService {

    private static final FileCheck FILES = new FileCheck("consignee.error.", "document");

    /** A document's file as served for download. */
    public record FileContent(String fileName, String contentType, byte[] bytes) {
    }

    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final ConsigneeRepository consignees;
    private final AssessmentRepository assessments;
    private final Clock clock;

    ConsigneeDocumentService(DocumentRepository documents, DocumentContentRepository contents,
                             ConsigneeRepository consignees, AssessmentRepository assessments, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.consignees = consignees;
        this.assessments = assessments;
        this.clock = clock;
    }

    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public List<ConsigneeDocument> documents(long consigneeId) {
        return documents.findByConsigneeIdOrderByKindAscSignedOnDescIdDesc(consigneeId);
    }

    /**
     * Keeps a document, with its file when {@code bytes} is given (checked for what it really
     * is). A contract or NDA needs its end date, which then reminds the privacy managers.
     */
    @PreAuthorize(ConsigneeService.KEEPERS)
    @Transactional
    public ConsigneeDocument attach(long consigneeId, @Valid DocumentValues values, String fileName, byte[] bytes) {
        Consignee consignee = consignees.findById(consigneeId).orElseThrow();
        if (values.kind().hasTerm() && values.endsOn() == null) {
            throw RuleViolation.onField("endsOn", "consignee.document.error.endRequired");
        }
        if (values.signedOn() != null && values.endsOn() != null && values.endsOn().isBefore(values.signedOn())) {
            throw RuleViolation.onField("endsOn", "consignee.document.error.endBeforeStart");
        }
        Assessment assessment = values.assessmentId() == null ? null
                : assessments.findById(values.assessmentId()).filter(a -> a.getConsignee().equals(consignee))
                .orElseThrow(() -> RuleViolation.onField("assessmentId", "consignee.document.error.foreignAssessment"));
        FileCheck.Kind kind = bytes == null ? null : FILES.detect(bytes);
        ConsigneeDocument document = new ConsigneeDocument(consignee, assessment, values,
                CurrentUser.usernameOrSystem(), clock.instant());
        if (kind != null) {
            document.attachFile(FILES.safeName(fileName, kind), kind.contentType(), bytes);
        }
        ConsigneeDocument saved = documents.save(document);
        if (kind != null) {
            contents.save(new DocumentContent(saved.getId(), bytes));
        }
        return saved;
    }

    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public FileContent content(long documentId) {
        ConsigneeDocument document = documents.findById(documentId).orElseThrow();
        byte[] bytes = contents.findById(documentId).orElseThrow().getContent();
        return new FileContent(document.getFileName(), document.getContentType(), bytes);
    }

    @PreAuthorize(ConsigneeService.KEEPERS)
    @Transactional
    public void remove(long documentId) {
        contents.findById(documentId).ifPresent(contents::delete);
        documents.deleteById(documentId);
    }
}
