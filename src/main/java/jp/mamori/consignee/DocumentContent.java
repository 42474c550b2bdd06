package jp.mamori.consignee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a document's file, loaded only when someone downloads it. */
@Entity
@Table(name = "consignee_document_content")
class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
