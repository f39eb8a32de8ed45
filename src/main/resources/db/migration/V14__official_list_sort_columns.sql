-- The platform console pages, sorts and searches the whole official list (83,762 villages). Sorting
-- by district, regency or status through joins made every page sort all rows (0.4–0.6 s on MariaDB,
-- seconds on H2). The village rows of the list now carry their district's and regency's names (filled
-- by the official-list import, from the list itself) and the status of the village on this deployment
-- (kept by onboarding and suspension; null: not onboarded), each with an index in the list's order.

ALTER TABLE region ADD COLUMN district_name VARCHAR(120);
ALTER TABLE region ADD COLUMN regency_name VARCHAR(120);
ALTER TABLE region ADD COLUMN village_status VARCHAR(16);

CREATE INDEX ix_region_name_sort ON region (depth, name, code);
CREATE INDEX ix_region_district_sort ON region (depth, district_name, code);
CREATE INDEX ix_region_regency_sort ON region (depth, regency_name, code);
CREATE INDEX ix_region_status_sort ON region (depth, village_status, code);

UPDATE region SET village_status = (SELECT v.status FROM village v WHERE v.code = region.code) WHERE depth = 4;
