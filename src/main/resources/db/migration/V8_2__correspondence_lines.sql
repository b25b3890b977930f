-- Issue 11: a correspondence line may be many-to-one (old CCP A and B → new CCP X, DOMAIN "Référentiel"): the rows
-- of one line share line_no; the line credits its new CCPs only to a holder of every old CCP of the line.
-- Rows stored before were one old CCP each: every row becomes its own line per old CCP.
ALTER TABLE ccp_correspondence ADD COLUMN line_no INT NULL;
UPDATE ccp_correspondence SET line_no = old_ccp_id;
ALTER TABLE ccp_correspondence MODIFY line_no INT NOT NULL;
