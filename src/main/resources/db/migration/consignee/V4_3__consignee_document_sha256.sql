-- The SHA-256 (hex) of a document's file, taken when it is stored, so that a copy handed to an
-- examiner can be shown to be the file kept. A document recorded without a file has none, so
-- the column is required exactly when there is a file rather than declared not null.
alter table consignee_document add column sha256 varchar(64);
alter table consignee_document_aud add column sha256 varchar(64);

update consignee_document d
set sha256 = encode(sha256(c.content), 'hex')
from consignee_document_content c
where c.document_id = d.id;

-- A document's file never changes once kept, so its earlier revisions had the same digest.
-- Revisions of deleted documents keep none: their content went with them.
update consignee_document_aud a
set sha256 = d.sha256
from consignee_document d
where d.id = a.id and a.file_name is not null;

alter table consignee_document
    add constraint consignee_document_sha256_with_file check ((file_name is null) = (sha256 is null));
