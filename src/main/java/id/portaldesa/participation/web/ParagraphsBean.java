package id.portaldesa.participation.web;

import id.portaldesa.participation.Paragraphs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code #{participationParagraphs.of(text)}}: typed text as its lines, each escaped by the page. */
@Named("participationParagraphs")
@ApplicationScoped
public class ParagraphsBean {

    public List<String> of(String text) {
        return Paragraphs.of(text);
    }
}
