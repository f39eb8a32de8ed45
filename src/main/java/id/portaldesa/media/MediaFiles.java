package id.portaldesa.media;

import id.portaldesa.shared.config.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The media directory ({@code PORTAL_MEDIA_DIR}): {@code <village id>/<media id>/} holds a stored
 * upload's files, named by the portal only ({@code 640.jpg}, {@code berkas.pdf}). A media's files are
 * written into a staging directory and moved into place in one step, so no reader ever sees half of
 * them; and they follow their row's transaction: written before commit, removed if it rolls back,
 * removed after a delete commits.
 */
@ApplicationScoped
public class MediaFiles {

    private static final Logger LOG = Logger.getLogger(MediaFiles.class.getName());

    static final String DOCUMENT_NAME = "berkas";
    private static final String STAGING_PREFIX = ".masuk-";
    /** Staging left by a node that died mid-write is removed at the next start once this old. */
    private static final Duration STALE_STAGING = Duration.ofHours(1);

    @Inject
    PortalConfig config;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Path root;

    public MediaFiles() {}

    /** For tests outside the container: a media directory and no transactions. */
    MediaFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @PostConstruct
    void open() {
        root = config.mediaDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("The media directory " + root + " cannot be made (PORTAL_MEDIA_DIR)", e);
        }
        removeStaleStaging();
        LOG.info(() -> "Media files in " + root);
    }

    public Path root() {
        return root;
    }

    Path directoryOf(long villageId, long mediaId) {
        return root.resolve(Long.toString(villageId)).resolve(Long.toString(mediaId));
    }

    /** The stored file of an image variant ({@code width} > 0) or of a document. */
    public Path fileOf(MediaRef ref, int width) {
        String name = ref.isImage() ? width + "." + ref.extension() : DOCUMENT_NAME + "." + ref.extension();
        return directoryOf(ref.villageId(), ref.id()).resolve(name);
    }

    InputStream open(MediaRef ref, int width) throws IOException {
        return Files.newInputStream(fileOf(ref, width));
    }

    /**
     * Writes a new media's files (name → bytes) under its id, all at once, and ties them to the current
     * transaction: if it does not commit, they are removed. Call after the row has its id, in the same
     * transaction.
     */
    void write(long villageId, long mediaId, Map<String, byte[]> files) {
        Path target = directoryOf(villageId, mediaId);
        // First, so that whatever happens from here (a failed write, a later step of the caller),
        // nothing of this media stays unless its row commits.
        afterRollback(() -> deleteTree(target));
        Path staging = root.resolve(Long.toString(villageId)).resolve(STAGING_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(
                        staging.resolve(file.getKey()),
                        file.getValue(),
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.SYNC);
            }
            if (Files.exists(target)) {
                // No committed row has this id yet (it was just given to ours): a leftover of a node
                // that died before its transaction ended, with an id the database hands out again.
                deleteTree(target);
            }
            move(staging, target);
        } catch (IOException e) {
            deleteTree(staging);
            throw new UncheckedIOException("Could not store media " + mediaId + " of village " + villageId, e);
        }
    }

    /** Removes a media's files once the transaction that deleted its row has committed. */
    void deleteAfterCommit(long villageId, long mediaId) {
        Path target = directoryOf(villageId, mediaId);
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            deleteTree(target);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deleteTree(target);
                }
            }
        });
    }

    private void afterRollback(Runnable cleanup) {
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    cleanup.run();
                }
            }
        });
    }

    private static void move(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, same file system: only exotic file systems get here.
            Files.move(staging, target);
        }
    }

    /**
     * Staging directories older than an hour: left by a node that stopped while writing. Run at start
     * on the villages' directories only, never into media directories.
     */
    void removeStaleStaging() {
        Instant before = Instant.now().minus(STALE_STAGING);
        try (DirectoryStream<Path> villages = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path village : villages) {
                try (DirectoryStream<Path> staged = Files.newDirectoryStream(village, STAGING_PREFIX + "*")) {
                    for (Path stale : staged) {
                        if (Files.getLastModifiedTime(stale).toInstant().isBefore(before)) {
                            deleteTree(stale);
                        }
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look for stale staging in " + root, e);
        }
    }

    static void deleteTree(Path directory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException gone) {
            // Nothing to remove.
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + directory, e);
        }
    }
}
