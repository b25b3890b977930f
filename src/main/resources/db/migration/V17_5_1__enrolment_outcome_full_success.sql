-- issue 17, « one word per concept »: the enrolment's outcome is the deliberation's Outcome (session.enrolment), whose
-- title result is FULL_SUCCESS (the PV's word); the enrolments recorded SUCCESS. The API and the RGPD export still
-- answer SUCCESS (Outcome.enrolmentCode).
UPDATE enrolment SET outcome = 'FULL_SUCCESS' WHERE outcome = 'SUCCESS';
