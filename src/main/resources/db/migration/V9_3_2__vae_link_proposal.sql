-- Issue 11, finding 11 (DOMAIN « VAE eligibility »: a recevabilité never silently changes an existing person's record;
-- it proposes the link and a human confirms it). A RECEVABLE decision whose identity matches an existing candidate
-- records the proposal; the candidate is changed only when the adviser confirms it (who and when are kept).
ALTER TABLE vae_application
    ADD COLUMN proposed_candidate_id BIGINT NULL,
    ADD COLUMN link_status VARCHAR(20) NULL,
    ADD COLUMN link_decided_by VARCHAR(100) NULL,
    ADD COLUMN link_decided_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_vae_proposed_candidate FOREIGN KEY (proposed_candidate_id) REFERENCES candidate (id);
