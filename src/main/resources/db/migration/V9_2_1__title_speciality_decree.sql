-- Issue 11 (documents): the title's own arrêté de spécialité, cited in the parchemin's visas (fiche TRI, notes 1 and 2).
-- Optional: a référentiel that does not give it yields a parchemin without that visa.
ALTER TABLE title_version ADD COLUMN speciality_decree VARCHAR(500) NULL AFTER source;
