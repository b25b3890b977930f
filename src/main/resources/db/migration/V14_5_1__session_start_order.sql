-- Issue 14: the administration's past sessions, latest first, read in the order of this index (backwards) from the
-- day before today, instead of every past session (58,000 at the national volume) sorted for a page of 20.
CREATE INDEX ix_session_start_id ON exam_session (start_date, id);
