package id.portaldesa.shared.seams;

import java.util.List;

/**
 * What a feature names in the head of every public page of the current village (the news feed).
 * Found through CDI by {@link HeadLinks}; implement as an {@code @ApplicationScoped} bean answering
 * from memory: every public page renders these.
 */
public interface HeadLinkSource {

    List<HeadLink> links();
}
