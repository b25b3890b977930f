-- Issue 16: a verifiable credential for every CCP held that a session granted (kind CCP in issued_document, with its
-- own verification code, status, versions and status-list entry). It has no PDF: pdf_sha256 is null and pdf_size 0
-- for it; the salt of the hashed birth date is drawn at random and kept (parchemins and livrets derive theirs from
-- the PDF's hash, as before).
ALTER TABLE issued_document MODIFY pdf_sha256 CHAR(64) NULL;
ALTER TABLE issued_document ADD COLUMN credential_salt CHAR(16) NULL;

-- Issue 16, renewal of the archive timestamps: when the certificate of the authority of each PDF's last document
-- timestamp ends (the job renews those ending within its margin), and when it was last renewed.
ALTER TABLE issued_document ADD COLUMN archive_expires_at DATETIME(6) NULL;
ALTER TABLE issued_document ADD COLUMN archive_renewed_at DATETIME(6) NULL;
CREATE INDEX ix_document_archive_expiry ON issued_document (archive_expires_at);
