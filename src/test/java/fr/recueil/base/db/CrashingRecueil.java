package fr.recueil.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The database side of Recueil in a JVM of its own, for {@link CrashRecoveryTest}: it starts the
 * embedded PostgreSQL exactly as the app does, reports what it finds, then saves rows one commit at
 * a time and prints "CONFIRMED n" after each commit returned (as the editor says "Chapitre
 * enregistré." once its transaction committed) until it is killed.
 */
public final class CrashingRecueil {

    private CrashingRecueil() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgresConfiguration.start(args[0], 0);
        } catch (IllegalStateException refused) {
            System.out.println("REFUSED " + refused.getMessage());
            System.out.flush();
            System.exit(3);
            return;
        }
        String payload = "Les chiffres clés de l'année — 148 183 personnes reçues. ".repeat(400);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists saved (n integer primary key, content text not null)");
                for (String setting : new String[]{"synchronous_commit", "fsync", "full_page_writes"}) {
                    try (ResultSet result = statement.executeQuery("show " + setting)) {
                        result.next();
                        System.out.println("SETTING " + setting + "=" + result.getString(1));
                    }
                }
                try (ResultSet result = statement.executeQuery("select count(*), coalesce(max(n), 0) from saved")) {
                    result.next();
                    System.out.println("HAVE " + result.getLong(1) + " " + result.getLong(2)
                            + " PID " + ProcessHandle.current().pid());
                }
                System.out.flush();
            }
            long next;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select coalesce(max(n), 0) + 1 from saved")) {
                result.next();
                next = result.getLong(1);
            }
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("insert into saved (n, content) values (?, ?)")) {
                while (true) {
                    insert.setLong(1, next);
                    insert.setString(2, payload);
                    insert.executeUpdate();
                    System.out.println("CONFIRMED " + next);
                    System.out.flush();
                    next++;
                    if (args.length > 1 && next > Long.parseLong(args[1])) {
                        // a bounded run: stay up, without writing, until killed
                        Thread.sleep(Long.MAX_VALUE);
                    }
                }
            }
        }
    }
}
