-- Issue 11, finding 10: the direct route to a CCS (fiche TP-00496: « soit directement s'il justifie de 1 an
-- d'expérience dans le métier visé »): the experience in the trade the centre declares at enrolment, in months.
ALTER TABLE enrolment ADD COLUMN ccs_experience_months INT NULL;
