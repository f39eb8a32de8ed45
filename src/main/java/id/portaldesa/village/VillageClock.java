package id.portaldesa.village;

import id.portaldesa.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Gives each village its {@link VillageTime}. Features compute "today", months, schedules and
 * deadlines through it, never with the server's zone. Costs no SQL: the zone is part of the village
 * snapshot.
 */
@ApplicationScoped
public class VillageClock {

    @Inject
    Clock clock;

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentVillage currentVillage;

    public VillageTime of(VillageRef village) {
        return new VillageTime(village.timeZone(), clock);
    }

    /** For background work that carries the village id; unknown ids are not found. */
    public VillageTime of(long villageId) {
        return of(directory.byId(villageId).orElseThrow(NotFoundException::new));
    }

    /** The time of the village of the current request (404 on the platform). */
    public VillageTime current() {
        return of(currentVillage.require());
    }
}
