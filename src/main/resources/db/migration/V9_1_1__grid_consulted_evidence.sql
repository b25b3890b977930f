-- Issue 11, finding 6: per CCP the jury decides from the épreuves of the RC; the dossier professionnel and (training
-- candidates only) the ECF results are evidence it consults, not pass/fail lines (fiche TP-00496 l. 104-108). A DP
-- or ECF line records whether the juror consulted it (and an observation), never a score.
ALTER TABLE grid_criterion ADD COLUMN consulted BOOLEAN NULL AFTER score;
ALTER TABLE grid_criterion_aud ADD COLUMN consulted BOOLEAN NULL AFTER score;

-- Grids made before: a DP / ECF line scored « concluant » or « non concluant » was looked at (consulted, the
-- observation kept); « non réalisé » means it was not. The score itself is dropped: it never weighs on the CCP. The
-- Envers history (grid_criterion_aud) keeps what was recorded then.
UPDATE grid_criterion c
    JOIN grid_section s ON s.id = c.section_id
SET c.consulted = (c.score <> 'NOT_OBSERVED'),
    c.score     = NULL
WHERE s.kind IN ('DOSSIER', 'ECF')
  AND c.score IS NOT NULL;

-- Entretien final sections (kind FINAL_INTERVIEW) of grids made before are kept as they were recorded and ignored
-- wherever a grid is read (SectionKind.FINAL_INTERVIEW): the entretien final is one act per candidate, recorded at
-- the deliberation.
