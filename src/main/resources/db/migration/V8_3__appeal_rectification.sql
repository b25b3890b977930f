-- Issue 11, appeals: the re-deliberation of the jury changes nothing issued until the rectified PV is signed again by
-- the jury and validated again by the administration. pending_hash is the rectified content being signed; each appeal
-- goes RECEIVED → DECIDED (jury re-deliberated) → SIGNED (rectified PV signed) → VALIDATED (documents re-issued).
ALTER TABLE session_pv ADD COLUMN pending_hash CHAR(64) NULL;
ALTER TABLE appeal MODIFY status VARCHAR(12) NOT NULL;
ALTER TABLE appeal ADD COLUMN validated_at DATETIME(6) NULL, ADD COLUMN validated_by VARCHAR(100) NULL;
ALTER TABLE appeal DROP CONSTRAINT ck_appeal_status;
ALTER TABLE appeal ADD CONSTRAINT ck_appeal_status CHECK (status IN ('RECEIVED', 'DECIDED', 'SIGNED', 'VALIDATED'));
