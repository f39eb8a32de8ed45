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
        for (Region region : regions.firstVillages(5000)) {
            if (!villages.isOnboarded(region.getCode())) {
                return villages.onboard(region.getCode(), villages.suggestSlug(region.getCode()), null);
            }
        }
        throw new IllegalStateException("No village left to onboard");
    }

    public void actFor(VillageRef village) {
        currentVillage.actFor(village);
    }

    /** The one-time token of the newest link mailed to this address, as the person would click it. */
    public static String tokenFromLastMailTo(MailOutbox outbox, String email) {
        List<OutboxMessage> mails = outbox.to(email);
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mails.get(mails.size() - 1).getBody());
        if (!m.find()) {
            throw new IllegalStateException("No link in the mail to " + email);
        }
        return m.group(1);
    }

    public static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test";
    }

    /** A valid NIK of Kecamatan Bangko (15.02.02) with a serial unique enough for one test run. */
    public static String nik() {
        return "150202120590" + String.format("%04d", 1 + (int) (Math.random() * 9998));
    }

    public static String kk() {
        return "150202010120" + String.format("%04d", 1 + (int) (Math.random() * 9998));
    }
}
