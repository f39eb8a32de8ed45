package id.portaldesa.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program {@link ClassArchiveLauncherTest} starts through deploy/systemd/portal-java: prints
 * whether the archive named by its first argument is mapped into it, then exits with the code of
 * its second argument, or waits to be stopped when that is "wait".
 */
public final class ArchiveProbe {

    private ArchiveProbe() {}

    public static void main(String[] args) throws Exception {
        boolean mapped = Files.readString(Path.of("/proc/self/maps")).contains(args[0]);
        System.out.println(mapped ? "MAPPED" : "NOT MAPPED");
        System.out.flush();
        if (args[1].equals("wait")) {
            Thread.sleep(60_000);
        }
        System.exit(Integer.parseInt(args[1].equals("wait") ? "0" : args[1]));
    }
}
