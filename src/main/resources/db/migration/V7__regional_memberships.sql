-- Regency roles (REGENCY_ADMIN, REGENCY_VIEWER) held for one regency (15.02) or province (15) of the
-- official list; granted and revoked by a platform admin, kept after revocation. Not village-owned:
-- a region spans many villages. Invitations may replace a village's admins when accepted.
CREATE TABLE regional_membership (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    region_code VARCHAR(13) NOT NULL,
    granted_at  DATETIME(6) NOT NULL,
    granted_by  BIGINT,
    revoked_at  DATETIME(6),
    revoked_by  BIGINT,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_regional_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_regional_membership_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_regional_membership_granted_by FOREIGN KEY (granted_by) REFERENCES account (id),
    CONSTRAINT fk_regional_membership_revoked_by FOREIGN KEY (revoked_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_regional_membership_account ON regional_membership (account_id);
CREATE INDEX ix_regional_membership_region ON regional_membership (region_code);

-- An admin invitation sent from the platform may replace the village's admins: when it is accepted,
-- every other active VILLAGE_ADMIN membership of that village is revoked.
ALTER TABLE invitation ADD COLUMN replaces_admins BOOLEAN NOT NULL DEFAULT FALSE;
