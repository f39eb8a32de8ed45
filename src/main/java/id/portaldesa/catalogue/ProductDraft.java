package id.portaldesa.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a seller writes about a product. Texts are plain (escaped on every output), never HTML. */
public record ProductDraft(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 4000) String description,
        @PositiveOrZero @Max(Rupiah.MAX) long price,
        @NotNull ProductUnit unit,
        @Min(0) @Max(1_000_000) Integer stock,
        Long categoryId) {

    public ProductDraft {
        name = name == null ? null : name.strip().replaceAll("\\s+", " ");
        description = description == null ? null : description.strip().replace("\r\n", "\n");
    }
}
