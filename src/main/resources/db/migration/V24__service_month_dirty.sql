-- Service figures (issue 10, self-repair): a month whose figures a mover changed, marked in the
-- mover's own transaction and cleared by the recomputation that follows its commit (MonthKeeper).
-- A marker left behind (the recomputation failed, or the node stopped between the two commits) is
-- picked up by the hourly housekeeping (MonthRepair): no month stays stale until a manual rebuild.
CREATE TABLE service_month_dirty (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    village_id    BIGINT      NOT NULL,
    subject_type  VARCHAR(40) NOT NULL,
    period        INT         NOT NULL,
    marked_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_service_month_dirty_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_service_month_dirty_village ON service_month_dirty (village_id, marked_at);
CREATE INDEX ix_service_month_dirty_marked ON service_month_dirty (marked_at);
