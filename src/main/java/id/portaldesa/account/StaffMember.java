package id.portaldesa.account;

import java.time.Instant;

/** One line of a village's staff list. */
public record StaffMember(
        Long membershipId,
        String name,
        String email,
        Role role,
        Position position,
        Acting acting,
        String officialTitle,
        Instant since) {}
