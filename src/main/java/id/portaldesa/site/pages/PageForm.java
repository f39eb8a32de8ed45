package id.portaldesa.site.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A page as the admin writes it: a title (its address follows it) and a body (sanitised on save). */
public record PageForm(
        @NotBlank @Size(max = 160) String title,
        @Size(max = 100_000) String body) implements Serializable {}
