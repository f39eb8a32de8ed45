package id.portaldesa.shared.seams;

import java.util.Optional;

/**
 * How a feature names the kinds its workflow records carry (a letter request's kind is its letter
 * type's code), for pages that show figures by kind: a resident reads "Surat Keterangan Domisili",
 * not {@code SKD}.
 */
public interface KindNames {

    /** The workflow whose kinds it names, e.g. {@code letterRequest}. */
    String subjectType();

    /** The current village's name of a kind; empty when it has none (a type no longer offered). */
    Optional<String> nameOf(String kind);
}
