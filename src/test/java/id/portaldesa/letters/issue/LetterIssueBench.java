package id.portaldesa.letters.issue;

import id.portaldesa.letters.issue.numbering.LetterNumbers;
import id.portaldesa.letters.issue.numbering.NumberFormat;
import id.portaldesa.letters.issue.numbering.NumberingSettings;
import id.portaldesa.letters.issue.numbering.Paper;
import id.portaldesa.letters.issue.numbering.SequenceScope;
import id.portaldesa.letters.issue.pdf.LetterContent;
import id.portaldesa.letters.issue.pdf.LetterFonts;
import id.portaldesa.letters.issue.pdf.LetterRenderer;
import id.portaldesa.letters.issue.pdf.QrCodes;
import id.portaldesa.letters.issue.signing.PadesSignature;
import id.portaldesa.letters.issue.signing.SignatureDetails;
import id.portaldesa.letters.issue.signing.SigningKey;
import id.portaldesa.shared.Tokens;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cost of issuing letters (number, PDF with QR code, PAdES signature, SHA-256) in one JVM, the way
 * {@link LetterIssuer} does it, minus the database: back to back, then 8 officials at once through the
 * bounded pool ({@link SigningSlots}) and, for comparison, without it. Prints letters per second and
 * the p99 of each letter's time as its official waits for it. Run by {@code src/bench/letters-issue.sh}.
 */
public final class LetterIssueBench {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        LetterRenderer renderer =
                new LetterRenderer(LetterFonts.from(Path.of(System.getProperty("fonts", "/usr/share/fonts/truetype"))));
        SigningKey key = villageKey();
        AtomicInteger sequence = new AtomicInteger();
        NumberingSettings settings =
                new NumberingSettings(NumberFormat.DEFAULT, SequenceScope.VILLAGE, Paper.A4, "KGK");
        Runnable one = () -> {
            var number = LetterNumbers.assign(
                    settings, "400.12.2.1", "SKD", LocalDate.now(), (y, s) -> sequence.incrementAndGet());
            String address = "https://desa.example.go.id/v/" + Tokens.newToken();
            byte[] pdf = renderer.render(content(number.number(), address));
            byte[] signed = PadesSignature.sign(
                    pdf,
                    key,
                    new SignatureDetails(
                            "Bambang Sutrisno", "SKD", "Kungkai", ZonedDateTime.now(ZoneId.of("Asia/Jakarta"))));
            Tokens.sha256(signed);
        };
        System.out.println("warm-up ...");
        run(one, Math.max(50, count / 2), 1, null);
        report("back to back", run(one, count, 1, null));
        report(
                "8 at a time, bounded pool (" + Runtime.getRuntime().availableProcessors() + " slots)",
                run(one, count, 8, new SigningSlots()));
        report("8 at a time, no pool", run(one, count, 8, null));
    }

    record Result(long[] nanos, long wallNanos) {}

    static Result run(Runnable one, int count, int threads, SigningSlots slots) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] took = new long[count];
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            all.add(pool.submit(() -> {
                long t = System.nanoTime();
                if (slots == null) {
                    one.run();
                } else {
                    slots.run(() -> {
                        one.run();
                        return null;
                    });
                }
                took[n] = System.nanoTime() - t;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return new Result(took, wall);
    }

    static void report(String what, Result r) {
        long[] sorted = r.nanos().clone();
        Arrays.sort(sorted);
        double perSecond = sorted.length / (r.wallNanos() / 1e9);
        System.out.printf(
                "%-45s %4d letters  %6.1f letters/s  median %4d ms  p99 %4d ms  max %4d ms%n",
                what,
                sorted.length,
                perSecond,
                sorted[sorted.length / 2] / 1_000_000,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1_000_000,
                sorted[sorted.length - 1] / 1_000_000);
    }

    static SigningKey villageKey() {
        return TestSigningKeys.kungkai(TestSigningKeys.authority("bench"));
    }

    static LetterContent content(String number, String address) {
        return new LetterContent(
                List.of(
                        "PEMERINTAH KABUPATEN MERANGIN",
                        "KECAMATAN BANGKO",
                        "DESA KUNGKAI",
                        "Jl. Lintas Sumatera Km 5"),
                3,
                null,
                "Surat Keterangan Domisili",
                number,
                "Nomor:",
                "<p>Yang bertanda tangan di bawah ini menerangkan bahwa <b>Ni Luh Ayu Pradnyā Déwi</b> berdomisili"
                        + " di RT 001/RW 002 Desa Kungkai.</p><p><i>Demikian</i> surat ini dibuat.</p>",
                "Kungkai, " + LetterDates.indonesian(LocalDate.now()),
                null,
                "Kepala Desa Kungkai",
                "Bambang Sutrisno",
                QrCodes.png(address),
                address,
                LetterLayout.FOOTER,
                Paper.A4,
                "Surat Keterangan Domisili " + number);
    }
}
