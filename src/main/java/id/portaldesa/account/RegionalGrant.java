package id.portaldesa.account;

import java.io.Serializable;
import java.time.Instant;

/** One active regency role as listed to the platform admin. */
public record RegionalGrant(
        long id, String name, String email, Role role, String regionCode, String regionName, Instant grantedAt)
        implements Serializable {}
