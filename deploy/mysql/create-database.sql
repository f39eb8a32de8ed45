-- Portal Desa: database and application user (MariaDB 10.11 from Debian 12, or newer).
--
-- Run once as the database root, which on Debian is reached over the unix socket:
--   PW=$(openssl rand -hex 24)          # hex: safe unquoted in SQL, systemd and option files
--   sed "s/CHANGE_ME_PORTAL_DB_PASSWORD/$PW/" deploy/mysql/create-database.sql | sudo mariadb
--   echo "PORTAL_DB_PASSWORD=$PW"        # goes into /etc/portal-desa/portal-desa.env
-- (or edit a copy of this file and run `sudo mariadb < create-database.sql`).
-- Safe to run again: it creates what is missing and resets the password to the one given.
--
-- The schema itself is created and upgraded by the app's Flyway migrations at startup.

-- Stop here if the placeholder password was not replaced: the client aborts on the first error.
-- (The CONCAT keeps the sed command above from rewriting the comparison value too.)
DELIMITER //
BEGIN NOT ATOMIC
  IF 'CHANGE_ME_PORTAL_DB_PASSWORD' = CONCAT('CHANGE_ME', '_PORTAL_DB_PASSWORD') THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'Replace the placeholder password first (see the top of this file)';
  END IF;
END //
DELIMITER ;

-- utf8mb4: Indonesian names with diacritics and emoji in user content need 4-byte UTF-8.
-- utf8mb4_unicode_ci: case- and accent-insensitive comparison for search and unique names.
CREATE DATABASE IF NOT EXISTS portal_desa
  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Both host forms: 'localhost' matches socket connections (and TCP from 127.0.0.1 while host
-- names are resolved); '127.0.0.1' matches JDBC over TCP when skip-name-resolve is on.
CREATE USER IF NOT EXISTS 'portal'@'localhost' IDENTIFIED BY 'CHANGE_ME_PORTAL_DB_PASSWORD';
CREATE USER IF NOT EXISTS 'portal'@'127.0.0.1' IDENTIFIED BY 'CHANGE_ME_PORTAL_DB_PASSWORD';
ALTER USER 'portal'@'localhost' IDENTIFIED BY 'CHANGE_ME_PORTAL_DB_PASSWORD';
ALTER USER 'portal'@'127.0.0.1' IDENTIFIED BY 'CHANGE_ME_PORTAL_DB_PASSWORD';

-- Flyway runs the migrations as this same user at startup, so it needs DDL as well as DML
-- (CREATE/ALTER/DROP/INDEX/REFERENCES, views, triggers) and deploy/backup/backup.sh dumps with
-- it (SELECT, SHOW VIEW, TRIGGER, LOCK TABLES). ALL on this one schema covers both; it grants
-- nothing on other databases, no global privilege (FILE, SUPER, PROCESS...) and no GRANT OPTION.
GRANT ALL PRIVILEGES ON portal_desa.* TO 'portal'@'localhost';
GRANT ALL PRIVILEGES ON portal_desa.* TO 'portal'@'127.0.0.1';
