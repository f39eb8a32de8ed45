-- A village's own time zone where it differs from its province's (WIB, WITA or WIT; NULL: the
-- province decides), and the one shared record of every state change of a letter request,
-- aspiration or complaint (who moved which record from which state to which, when, with what note).
ALTER TABLE village ADD COLUMN time_zone VARCHAR(4);

CREATE TABLE state_change (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    village_id       BIGINT       NOT NULL,
    subject_type     VARCHAR(40)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    from_state       VARCHAR(40),
    to_state         VARCHAR(40)  NOT NULL,
    actor_account_id BIGINT,
    changed_at       DATETIME(6)  NOT NULL,
    note             VARCHAR(1000),
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_state_change_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_state_change_actor FOREIGN KEY (actor_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- A record's history, in order; and the dashboard's counts per village, kind, state and period.
CREATE INDEX ix_state_change_subject ON state_change (village_id, subject_type, subject_id, changed_at);
CREATE INDEX ix_state_change_period ON state_change (village_id, subject_type, to_state, changed_at);
