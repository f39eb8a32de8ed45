-- Service performance (issue 10). The figures are computed from the recorded state changes alone:
-- what a change cannot tell by itself (a letter request's type, a complaint's category and target
-- response time) is recorded with it.
ALTER TABLE state_change ADD COLUMN kind VARCHAR(40);
ALTER TABLE state_change ADD COLUMN target_hours INT;

-- "An admin who logged in within 30 days" (regency dashboard, adoption).
ALTER TABLE account ADD COLUMN last_login_at DATETIME(6);

-- One row per letter request, complaint and aspiration: its history folded into the times the
-- statistics need, kept up to date by every recorded change in the mover's transaction and
-- rebuildable from state_change alone. Months are yyyymm in the village's own time zone.
CREATE TABLE service_fact (
    village_id        BIGINT      NOT NULL,
    subject_type      VARCHAR(40) NOT NULL,
    subject_id        BIGINT      NOT NULL,
    kind              VARCHAR(40),
    state             VARCHAR(40) NOT NULL,
    received_at       DATETIME(6),
    received_month    INT,
    done_at           DATETIME(6),
    done_month        INT,
    response_at       DATETIME(6),
    response_month    INT,
    returned_seconds  BIGINT      NOT NULL DEFAULT 0,
    returned_since    DATETIME(6),
    target_hours      INT,
    due_at            DATETIME(6),
    accepted          BOOLEAN     NOT NULL DEFAULT FALSE,
    last_change_id    BIGINT      NOT NULL,
    PRIMARY KEY (village_id, subject_type, subject_id),
    CONSTRAINT fk_service_fact_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_service_fact_received ON service_fact (village_id, subject_type, received_month);
CREATE INDEX ix_service_fact_done ON service_fact (village_id, subject_type, done_month);
CREATE INDEX ix_service_fact_response ON service_fact (village_id, subject_type, response_month);
-- The dashboard's overdue complaints: open ones past their due time, all villages at once.
CREATE INDEX ix_service_fact_open ON service_fact (subject_type, state, due_at, village_id);

-- The figures of one village, workflow and month (period yyyymm; MONTH is a keyword in H2), recomputed from its facts whenever one of them
-- changes: what the regency dashboard sorts and pages in the database. Durations in seconds.
CREATE TABLE service_month (
    village_id        BIGINT      NOT NULL,
    subject_type      VARCHAR(40) NOT NULL,
    period            INT         NOT NULL,
    received          INT         NOT NULL,
    done              INT         NOT NULL,
    received_done     INT         NOT NULL,
    accepted          INT         NOT NULL,
    with_target       INT         NOT NULL,
    within_target     INT         NOT NULL,
    median_done       BIGINT,
    p90_done          BIGINT,
    median_net        BIGINT,
    p90_net           BIGINT,
    median_response   BIGINT,
    PRIMARY KEY (village_id, subject_type, period),
    CONSTRAINT fk_service_month_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_service_month_period ON service_month (subject_type, period);
