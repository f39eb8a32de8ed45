package id.portaldesa.participation.web;

import id.portaldesa.participation.PublicAspirations;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Published aspirations in the village's search: title and text. */
@ApplicationScoped
public class AspirationSearch implements SearchSource {

    @Inject
    CurrentVillage village;

    @Inject
    PublicAspirations aspirations;

    @Override
    public List<SearchHit> search(String text, int limit) {
        return village.get()
                .map(v -> aspirations.search(v.id(), text, limit).stream()
                        .map(card -> new SearchHit(
                                "participation.search.kind",
                                card.title(),
                                card.summary(),
                                ParticipationRoutes.ASPIRATION,
                                Map.of(ParticipationRoutes.NUMBER, String.valueOf(card.id()))))
                        .toList())
                .orElse(List.of());
    }
}
