-- issue 15: an enrolment refused by the rules checked again at the session's confirmation (DRAFT -> SCHEDULED) is
-- WITHDRAWN with the French reasons of the rules (ConfirmationRecheckPolicy); NULL for a withdrawal by the centre
ALTER TABLE enrolment ADD COLUMN refusal_reason VARCHAR(2000) NULL;
