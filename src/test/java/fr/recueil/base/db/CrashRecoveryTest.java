package fr.recueil.base.db;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save the database confirmed survives the crash of the JVM and of PostgreSQL, and the app starts
 * again after a crash of the JVM alone. Each round runs {@link CrashingRecueil} in a JVM of its own on
 * the same data directory, lets it save for a random moment, then kills it with SIGKILL (and, every
 * other round, its PostgreSQL too). The next round's start must find every save that was confirmed.
 */
class CrashRecoveryTest {

    @Test
    void a_confirmed_save_survives_a_kill_9_of_the_jvm_alone_and_one_of_the_jvm_and_postgresql(@TempDir Path dir)
            throws Exception {
        crashRounds(dir, 2);
    }

    /** The 20 rounds: about 3 minutes here, so run on demand (-Dgroups=benchmark). */
    @Test
    @Tag("benchmark")
    void twenty_rounds_of_save_then_kill_9_then_restart_lose_nothing(@TempDir Path dir) throws Exception {
        crashRounds(dir, Integer.getInteger("recueil.crash.rounds", 20));
    }

    private static void crashRounds(Path dir, int rounds) throws Exception {
        Path dataDir = dir.resolve("postgres");
        long lastConfirmed = 0;
        List<String> report = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean killPostgresToo = round % 2 == 0;
            Child child = Child.start(dataDir, null);
            String have = child.awaitLine("HAVE ");
            long[] found = numbers(have);
            assertThat(found[1]).as("round %d: the highest save found after the crash", round)
                    .isGreaterThanOrEqualTo(lastConfirmed);
            assertThat(found[0]).as("round %d: no save is missing below the highest", round).isEqualTo(found[1]);
            if (round == 1) {
                assertThat(child.lines).contains("SETTING synchronous_commit=on", "SETTING fsync=on",
                        "SETTING full_page_writes=on");
            }
            child.awaitLine("CONFIRMED ");
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 400));
            Optional<ProcessHandle> postgres = StalePostmaster.postmaster(dataDir.resolve("postmaster.pid"), dataDir);
            child.process.destroyForcibly();
            if (killPostgresToo) {
                postgres.ifPresent(ProcessHandle::destroyForcibly);
                postgres.ifPresent(p -> p.onExit().join());
            }
            child.process.waitFor(30, TimeUnit.SECONDS);
            child.drain();
            lastConfirmed = child.lastConfirmed();
            report.add("round " + round + (killPostgresToo ? " (JVM + PostgreSQL)" : " (JVM only)")
                    + ": " + found[1] + " found, " + lastConfirmed + " confirmed");
        }
        Child last = Child.start(dataDir, null);
        long[] found = numbers(last.awaitLine("HAVE "));
        last.process.destroyForcibly();
        last.process.waitFor(30, TimeUnit.SECONDS);
        StalePostmaster.postmaster(dataDir.resolve("postmaster.pid"), dataDir).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
        report.forEach(System.out::println);
        assertThat(found[1]).isGreaterThanOrEqualTo(lastConfirmed);
        assertThat(found[0]).isEqualTo(found[1]);
    }

    @Test
    void the_database_of_a_running_recueil_is_never_stopped_by_a_second_start_on_the_same_folder(@TempDir Path dir)
            throws Exception {
        Path dataDir = dir.resolve("postgres");
        Child running = Child.start(dataDir, 5L);
        running.awaitLine("CONFIRMED 5");
        ProcessHandle postgres = StalePostmaster.postmaster(dataDir.resolve("postmaster.pid"), dataDir).orElseThrow();
        try {
            Child second = Child.start(dataDir, 5L);
            assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            second.drain();
            assertThat(second.process.exitValue()).isEqualTo(3);
            assertThat(second.lines).anyMatch(line -> line.startsWith("REFUSED Another Recueil is running"));
            assertThat(postgres.isAlive()).isTrue();
            assertThat(running.process.isAlive()).isTrue();
        } finally {
            running.process.destroyForcibly();
            running.process.waitFor(30, TimeUnit.SECONDS);
            postgres.destroy();
            postgres.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    private static long[] numbers(String haveLine) {
        String[] parts = haveLine.split(" ");
        return new long[]{Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static final String END = "\u0000end";

    private static final class Child {
        final Process process;
        final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
        final List<String> lines = new ArrayList<>();
        final Thread reader;

        private Child(Process process) {
            this.process = process;
            // Read continuously: killing the process closes its pipes, and what it printed last must not be lost.
            this.reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        pending.add(line);
                    }
                } catch (IOException closed) {
                    // the process was killed
                } finally {
                    pending.add(END);
                }
            });
        }

        static Child start(Path dataDir, Long stopAfter) throws IOException {
            Files.createDirectories(dataDir);
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xshare:off", "-cp",
                    System.getProperty("java.class.path"), CrashingRecueil.class.getName(), dataDir.toString()));
            if (stopAfter != null) {
                command.add(stopAfter.toString());
            }
            return new Child(new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("child.log").toFile())).start());
        }

        String awaitLine(String prefix) throws InterruptedException {
            String line;
            while ((line = pending.poll(120, TimeUnit.SECONDS)) != null && !line.equals(END)) {
                lines.add(line);
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("the child ended before printing " + prefix + ": " + lines);
        }

        void drain() throws InterruptedException {
            reader.join(30_000);
            String line;
            while ((line = pending.poll()) != null) {
                if (!line.equals(END)) {
                    lines.add(line);
                }
            }
        }

        long lastConfirmed() {
            return lines.stream().filter(l -> l.startsWith("CONFIRMED "))
                    .mapToLong(l -> Long.parseLong(l.substring("CONFIRMED ".length()))).max().orElse(0);
        }
    }
}
