-- Issue 13 (compare two millésimes): the arrêté de spécialité that fixes a revision's correspondence table, cited by
-- the administration when it marks a table official (required then); null for a table given as information only.
ALTER TABLE revision ADD COLUMN decree VARCHAR(500) NULL AFTER note;
