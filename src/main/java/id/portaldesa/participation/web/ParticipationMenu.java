package id.portaldesa.participation.web;

import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.MenuSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** "Aspirasi" and "Pengaduan" in the village's public menu. */
@ApplicationScoped
public class ParticipationMenu implements MenuSource {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                MenuEntry.of("aspirations", "participation.menu.aspirations", ParticipationRoutes.ASPIRATIONS, 600),
                MenuEntry.of("complaints", "participation.menu.complaints", ParticipationRoutes.FILE, 610));
    }
}
