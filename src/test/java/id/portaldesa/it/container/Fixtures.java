package id.portaldesa.it.container;

import id.portaldesa.notify.MailOutbox;
import id.portaldesa.notify.OutboxMessage;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.Region;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fresh villages and unique values per test, built through the services, so tests never share data. */
@ApplicationScoped
public class Fixtures {

    @Inject
    VillageService villages;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentVillage currentVillage;

    /** Onboards a village of the official list that nobody has onboarded yet (from Aceh onwards). */
    public synchronized VillageRef freshVillage() {
        Region region = regions.villagesNotOnboarded(1).get(0);
        return villages.onboard(region.getCode(), villages.suggestSlug(region.getCode()), null);
    }

    public void actFor(VillageRef village) {
        currentVillage.actFor(village);
    }

    /** Runs work for a village, then returns to the one acted for before. */
    public <T> T within(VillageRef village, java.util.function.Supplier<T> work) {
        return currentVillage.within(village, work);
    }

    /** The one-time token of the newest link mailed to this address, as the person would click it. */
    public static String tokenFromLastMailTo(MailOutbox outbox, String email) {
        List<OutboxMessage> mails = outbox.to(email);
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)")
                .matcher(mails.get(mails.size() - 1).getBody());
        if (!m.find()) {
            throw new IllegalStateException("No link in the mail to " + email);
        }
        return m.group(1);
    }

    public static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test";
    }

    /** A valid NIK of Kecamatan Bangko (15.02.02): random date and serial, so reruns on one database do not collide. */
    public static String nik() {
        return identityNumber();
    }

    /** A valid KK number of Kecamatan Bangko, random like {@link #nik()}. */
    public static String kk() {
        return identityNumber();
    }

    private static String identityNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "150202%02d%02d%02d%04d",
                random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(0, 100), random.nextInt(1, 10000));
    }
}
