package id.portaldesa.participation.web;

import id.portaldesa.participation.PublicStories;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /pengaduan/selesai}: the village's published "problem solved" stories, from memory. */
@Named("complaintStoriesPage")
@RequestScoped
public class StoriesPage {

    @Inject
    CurrentVillage village;

    @Inject
    PublicStories stories;

    public List<PublicStories.Story> getStories() {
        return stories.of(village.id());
    }
}
