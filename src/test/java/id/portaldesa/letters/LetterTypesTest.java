package id.portaldesa.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped types, the rules every definition meets, and the export file a village shares. */
class LetterTypesTest {

    static final List<LetterTypeDefinition> SHIPPED = ShippedTypes.load(LetterTypesTest.class.getClassLoader());

    @Test
    void atLeastFifteenTypesAreShippedEachValidWithItsOwnCode() {
        assertTrue(SHIPPED.size() >= 15, "shipped: " + SHIPPED.size());
        Set<String> codes = new HashSet<>();
        for (LetterTypeDefinition d : SHIPPED) {
            assertTrue(codes.add(d.code()), "code twice: " + d.code());
            assertEquals(d, TypeRules.checked(d), "a shipped type is already clean: " + d.code());
            assertTrue(d.template().contains("{{surat.nomor}}"), d.code() + " shows its number");
            assertTrue(d.attachments().stream().anyMatch(AttachmentDef::required), d.code() + " asks for a document");
        }
        for (String name : List.of(
                "Domisili",
                "Keterangan Usaha",
                "Tidak Mampu",
                "SKCK",
                "Keterangan Penduduk",
                "Surat Pengantar",
                "Kelahiran",
                "Kematian",
                "Pindah",
                "Bepergian",
                "Izin Keramaian",
                "Kehilangan",
                "Penghasilan Orang Tua",
                "Belum Menikah",
                "Domisili Usaha",
                "Beda Identitas")) {
            assertTrue(SHIPPED.stream().anyMatch(d -> d.name().contains(name)), name);
        }
    }

    @Test
    void anExportedTypeImportsAsTheSameDefinition() {
        for (LetterTypeDefinition d : SHIPPED) {
            String file = TypeFiles.export(d);
            assertEquals(d, TypeRules.checked(TypeFiles.read(file.getBytes(StandardCharsets.UTF_8), null)), d.code());
        }
    }

    @Test
    void aFileThatIsNotALetterTypeIsRefused() {
        for (String bad : List.of("", "not json", "[]", "{\"code\":\"SKD\"}", "{\"format\":\"other\"}")) {
            assertEquals(
                    "letters.type.file.invalid",
                    assertThrows(
                                    BusinessException.class,
                                    () -> TypeFiles.read(bad.getBytes(StandardCharsets.UTF_8), null))
                            .getMessageKey(),
                    bad);
        }
        assertEquals(
                "letters.type.file.tooLarge",
                assertThrows(
                                BusinessException.class,
                                () -> TypeFiles.read(new byte[TypeFiles.MAX_FILE_BYTES + 1], null))
                        .getMessageKey());
    }

    @Test
    void definitionsAreCheckedFieldByField() {
        LetterTypeDefinition d = SHIPPED.get(0);
        assertRefused("letters.type.code.format", d.withCode("skd-1"));
        assertRefused(
                "letters.type.classification.format",
                new LetterTypeDefinition(
                        d.code(), d.name(), null, "4OO.12", null, 1, d.fields(), d.attachments(), d.template()));
        assertRefused(
                "letters.type.key.duplicate",
                new LetterTypeDefinition(
                        d.code(),
                        d.name(),
                        null,
                        "400",
                        null,
                        1,
                        List.of(field("a", FieldType.TEXT), field("a", FieldType.NUMBER)),
                        List.of(),
                        "<p>x</p>"));
        assertRefused(
                "letters.type.field.choices",
                new LetterTypeDefinition(
                        d.code(),
                        d.name(),
                        null,
                        "400",
                        null,
                        1,
                        List.of(field("a", FieldType.CHOICE)),
                        List.of(),
                        "<p>x</p>"));
        assertRefused(
                "letters.template.unknown",
                new LetterTypeDefinition(
                        d.code(), d.name(), null, "400", null, 1, List.of(), List.of(), "<p>{{isian.a}}</p>"));
        assertRefused(
                "letters.template.empty",
                new LetterTypeDefinition(
                        d.code(), d.name(), null, "400", null, 1, List.of(), List.of(), "<script>x</script>"));
    }

    @Test
    void answersAreCheckedByKindAndCompleteOnlyWhenSubmitted() {
        LetterTypeDefinition d = new LetterTypeDefinition(
                "X1",
                "X",
                null,
                "400",
                null,
                1,
                List.of(
                        field("n", FieldType.NUMBER),
                        field("t", FieldType.DATE),
                        new FieldDef("c", "C", FieldType.CHOICE, true, null, List.of("Ya", "Tidak"), null)),
                List.of(),
                "<p>x</p>");
        assertEquals(java.util.Map.of("n", "12,5"), Answers.checked(d, java.util.Map.of("n", " 12,5 "), false));
        assertEquals(
                "letters.answer.required",
                assertThrows(BusinessException.class, () -> Answers.checked(d, java.util.Map.of("n", "1"), true))
                        .getMessageKey());
        assertEquals(
                "letters.answer.number",
                assertThrows(BusinessException.class, () -> Answers.checked(d, java.util.Map.of("n", "dua"), false))
                        .getMessageKey());
        assertEquals(
                "letters.answer.date",
                assertThrows(
                                BusinessException.class,
                                () -> Answers.checked(d, java.util.Map.of("t", "31-02-2026"), false))
                        .getMessageKey());
        assertEquals(
                "letters.answer.choice",
                assertThrows(BusinessException.class, () -> Answers.checked(d, java.util.Map.of("c", "Mungkin"), false))
                        .getMessageKey());
        assertEquals("1 Desember 2026", Answers.printed(d.fields().get(1), "2026-12-01"));
    }

    static FieldDef field(String key, FieldType type) {
        return new FieldDef(key, key.toUpperCase(), type, true, null, List.of(), null);
    }

    static void assertRefused(String key, LetterTypeDefinition d) {
        assertEquals(
                key,
                assertThrows(BusinessException.class, () -> TypeRules.checked(d))
                        .getMessageKey());
    }
}
