-- Positions of village government as they are (kaur, kasi, kepala dusun), acting holders (Plt./Pj.)
-- and the title printed on letters.
UPDATE membership SET official_position = 'KASI' WHERE official_position = 'SECTION_HEAD';
UPDATE invitation SET official_position = 'KASI' WHERE official_position = 'SECTION_HEAD';
ALTER TABLE membership ADD COLUMN acting VARCHAR(8);
ALTER TABLE membership ADD COLUMN official_title VARCHAR(160);
ALTER TABLE invitation ADD COLUMN acting VARCHAR(8);
