package fr.recueil.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL left running in a data directory by a Recueil whose JVM died (kill -9, crash, power
 * cut of the JVM's container only). It still holds {@code postmaster.pid}, so a new start would fail
 * with "lock file already exists". A running Recueil holds an OS lock on the directory's
 * {@code epg-lock} file for as long as its JVM lives; the OS releases it when the JVM dies. So: if
 * that lock can be taken, nobody owns the postmaster, and it is shut down cleanly (SIGINT, PostgreSQL's
 * "fast" shutdown: it writes a checkpoint, nothing committed is lost). If the lock is held, a Recueil
 * is running on this directory and its database is left alone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final String OWNER_LOCK = "epg-lock";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private StalePostmaster() {
    }

    /** What was found in the directory, for the log and the tests. */
    enum Outcome { NONE, DEAD_PROCESS, STOPPED, OWNED_BY_RUNNING_RECUEIL }

    static Outcome stopIfOrphaned(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Outcome.NONE;
        }
        Optional<ProcessHandle> postmaster = postmaster(pidFile, dataDir);
        if (postmaster.isEmpty()) {
            // PostgreSQL itself recognises a postmaster.pid whose process is gone, and starts.
            log.info("Embedded PostgreSQL: {} names no running postmaster; PostgreSQL will recover", pidFile);
            return Outcome.DEAD_PROCESS;
        }
        Path lockFile = dataDir.resolve(OWNER_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("Another Recueil is running on the embedded database in " + dataDir
                        + " (PostgreSQL process " + postmaster.get().pid() + "): stop it first, or give this one"
                        + " another RECUEIL_DATA_DIR.");
            }
            try {
                stop(postmaster.get(), dataDir);
                return Outcome.STOPPED;
            } finally {
                lock.release();
            }
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) throws IOException {
        log.warn("Embedded PostgreSQL of a Recueil that is no longer running found in {} (process {}): stopping it cleanly",
                dataDir, postmaster.pid());
        signal(postmaster, "INT");
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The left-over PostgreSQL (process " + postmaster.pid() + ") in " + dataDir
                    + " did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand (pg_ctl stop -D "
                    + dataDir + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the left-over PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
        // A clean shutdown removes postmaster.pid itself; wait for it (the process may exit a moment earlier).
        Path pidFile = dataDir.resolve("postmaster.pid");
        for (int i = 0; i < 50 && Files.exists(pidFile); i++) {
            sleep(100);
        }
        log.info("Left-over embedded PostgreSQL stopped; its lock file is gone: {}", !Files.exists(pidFile));
    }

    /**
     * SIGINT (fast shutdown) where {@code kill} exists; otherwise the platform's polite termination
     * (SIGTERM, PostgreSQL's smart shutdown, which is as clean since the dead JVM's connections are gone).
     */
    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command: fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    /** The live process named by postmaster.pid, if it is a PostgreSQL server of this very directory. */
    static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.ISO_8859_1);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!samePath(Path.of(lines.get(1).strip()), dataDir)) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                // The pid may have been reused by an unrelated process since the postmaster died.
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(true));
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
