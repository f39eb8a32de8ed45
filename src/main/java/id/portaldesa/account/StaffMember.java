package id.portaldesa.account;

import java.time.Instant;

/** One line of a village's staff list. */
public record StaffMember(long membershipId, String name, String email, Role role, Position position, Instant since) {}
