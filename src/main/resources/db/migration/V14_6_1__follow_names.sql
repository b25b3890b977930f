-- Issue 14: a centre's search by name read every namesake of the country, then each one's follow of the centre
-- (« MARTIN Pierre »: 2,500 namesakes, 2,500 lookups of candidate_follow's key, 16-20 ms, for the centre's 174). The
-- follow carries its candidate's names (kept in step by CandidateFollow.copyNames: on follow, on every change of the
-- names, on erasure), so that a centre's candidates are one range of these indexes, in the list's order.
ALTER TABLE candidate_follow
    ADD COLUMN birth_name VARCHAR(100) NULL,
    ADD COLUMN usage_name VARCHAR(100) NULL,
    ADD COLUMN first_names VARCHAR(255) NULL;

UPDATE candidate_follow f JOIN candidate c ON c.id = f.candidate_id
SET f.birth_name = c.birth_name, f.usage_name = c.usage_name, f.first_names = c.first_names;

ALTER TABLE candidate_follow
    MODIFY birth_name VARCHAR(100) NOT NULL,
    MODIFY first_names VARCHAR(255) NOT NULL;

CREATE INDEX ix_follow_centre_names ON candidate_follow (centre_id, birth_name, first_names);
CREATE INDEX ix_follow_centre_usage_name ON candidate_follow (centre_id, usage_name);
CREATE INDEX ix_follow_centre_first_names ON candidate_follow (centre_id, first_names);
