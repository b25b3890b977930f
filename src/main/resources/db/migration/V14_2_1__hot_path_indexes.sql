-- Issue 14: the hot paths read large tables through an index (checked by EXPLAIN in NationalDataGeneratorTest).
-- Candidate search: each word starts one of these columns (birth_name and reference already have one).
CREATE INDEX ix_candidate_usage_name ON candidate (usage_name);
CREATE INDEX ix_candidate_first_names ON candidate (first_names);
CREATE INDEX ix_candidate_email ON candidate (email);
CREATE INDEX ix_candidate_birth_date ON candidate (birth_date);
-- A session's enrolments in their order (the session page, the grid list)
CREATE INDEX ix_enrolment_session ON enrolment (session_id, id);
-- Session lists: upcoming sessions of a centre, upcoming sessions of the country in date order
CREATE INDEX ix_session_centre_end ON exam_session (centre_id, end_date, start_date);
CREATE INDEX ix_session_end_start ON exam_session (end_date, start_date, id);
-- Documents: the administration's search by the start of a title's code (the list itself reads the primary key backwards)
CREATE INDEX ix_document_title ON issued_document (title_code, issued_at);
