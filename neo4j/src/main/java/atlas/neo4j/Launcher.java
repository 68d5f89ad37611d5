package atlas.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

/**
 * Runs an embedded Neo4j (Community) with Bolt on 127.0.0.1, for Stakeholder Atlas.
 * Started by server/src/neo4j/embedded.ts; nothing else should need to know it is embedded.
 *
 * Usage: java -Xmx512m --add-opens=... -cp target/atlas-neo4j-1.0.0.jar:target/lib/* atlas.neo4j.Launcher
 *            --data DIR --port N [--page-cache 64m] [--tx-timeout 60s]
 * The password comes from the environment variable ATLAS_NEO4J_PASSWORD, never the command line.
 * Heap and the --add-opens flags Java 17 needs are the caller's (launcherArgs.ts lists them).
 * DIR is Neo4j's home: the stores go to DIR/data, the logs to DIR/logs (nothing noisy on stdout).
 *
 * Protocol with the parent process:
 *  - stdout: exactly one line "ATLAS_NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections.
 *  - stderr: on failure, one line "ATLAS_NEO4J_FAILED <reason>", then a non-zero exit code
 *    (2 bad arguments, 3 data folder locked, 4 port in use, 1 anything else).
 *  - stdin: kept open by the parent. EOF (the parent closed it, or died, even by SIGKILL) means stop.
 *  - SIGTERM/SIGINT: stop cleanly too (shutdown hook).
 */
public final class Launcher {
    static final String READY = "ATLAS_NEO4J_READY";
    static final String FAILED = "ATLAS_NEO4J_FAILED";

    private static volatile DatabaseManagementService dms;

    /** System.nanoTime() when the JVM started (for the one timing line on stderr). */
    private static final long JVM_START_NANOS = System.nanoTime()
            - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;

    private static long ms(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1_000_000L;
    }

    public static void main(String[] args) {
        long startNanos = System.nanoTime();
        Path dataDir;
        int port;
        long pageCache;
        Duration txTimeout;
        try {
            Map<String, String> opts = parseArgs(args);
            dataDir = Path.of(opts.get("data")).toAbsolutePath().normalize();
            port = Integer.parseInt(opts.get("port"));
            pageCache = parseBytes(opts.getOrDefault("page-cache", "64m"));
            txTimeout = parseDuration(opts.getOrDefault("tx-timeout", "60s"));
        } catch (RuntimeException e) {
            fail(2, "bad arguments: " + e.getMessage());
            return;
        }
        String password = System.getenv("ATLAS_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail(2, "set ATLAS_NEO4J_PASSWORD (at least 8 characters) in the environment");
        }

        // Stop cleanly on SIGTERM/SIGINT and on System.exit (used by the stdin watcher below).
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "atlas-neo4j-shutdown"));
        watchStdin();

        try {
            Files.createDirectories(dataDir);
            dms = new DatabaseManagementServiceBuilder(dataDir) // "home": data/, logs/ are created inside
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port)) // loopback only
                    // What a routing table (neo4j://) names: this address, not the default localhost:7687.
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage data collection
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                    .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                    // Bolt's Netty shutdown otherwise waits a 5 s quiet period twice; the stores are
                    // already checkpointed by then, so a short wait is safe and makes stop() ~1 s.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .build();
            long built = System.nanoTime();
            ensurePassword(dms, password, dataDir.resolve(".atlas-password-applied"));
            waitForBolt(port);
            System.err.printf("atlas-neo4j: started in %d ms (JVM %d ms, databases %d ms, password %d ms)%n",
                    ms(JVM_START_NANOS), ms(JVM_START_NANOS) - ms(startNanos), ms(startNanos) - ms(built), ms(built));
        } catch (Throwable t) {
            failFromStartup(t, dataDir, port);
        }

        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();

        // Keep the main thread parked; the JVM exits through the shutdown hook.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes user neo4j have the given password, with no change required.
     *
     * Embedded transactions run with full rights, so the system database accepts the admin command
     * even though auth is on. That first Cypher command costs seconds of warm-up, so on restarts we
     * skip it when nothing changed: a marker file holds a hash of the password we applied plus the
     * stored credential it produced (Neo4j salts it, so any later change, e.g. ALTER CURRENT USER,
     * makes them differ). Reading that credential uses the core API (milliseconds, no Cypher); if
     * anything about it is unexpected we just run the command.
     */
    static void ensurePassword(DatabaseManagementService service, String password, Path marker) throws IOException {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String before = storedCredential(system);
        if (before != null && Files.isRegularFile(marker)
                && Files.readString(marker).equals(sha256(password) + "\n" + before + "\n")) {
            return; // already applied, and nobody changed it since
        }
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the same password again: then it is already the right one.
            if (!String.valueOf(e.getMessage()).toLowerCase().contains("cannot be the same")) throw e;
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
        String after = storedCredential(system);
        if (after != null) {
            Files.deleteIfExists(marker);
            Files.createFile(marker, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(marker, sha256(password) + "\n" + after + "\n");
        }
    }

    /**
     * The salted credential stored for user neo4j, or null if it cannot be read or a password change is
     * still required (then the caller runs ALTER USER). The User node layout is Neo4j's own.
     */
    static String storedCredential(GraphDatabaseService system) {
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", "neo4j");
            if (user == null || !Boolean.FALSE.equals(user.getProperty("passwordChangeRequired", null))) return null;
            Object credentials = user.getProperty("credentials", null);
            return credentials instanceof String c && !c.isEmpty() ? c : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bolt is started by build(); confirm it really accepts a TCP connection before saying READY. */
    static void waitForBolt(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) throw new IOException("Bolt did not accept connections on port " + port, e);
                Thread.sleep(100);
            }
        }
    }

    /** Reads stdin until EOF, then exits (which runs the shutdown hook). Daemon: never keeps the JVM alive. */
    static void watchStdin() {
        Thread t = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) != -1) { /* ignore input */ }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone: same as EOF
            }
            System.exit(0);
        }, "atlas-neo4j-stdin");
        t.setDaemon(true);
        t.start();
    }

    static synchronized void shutdown() {
        DatabaseManagementService s = dms;
        dms = null;
        if (s == null) return;
        try {
            s.shutdown(); // flushes the store and releases the lock on the data folder
        } catch (Throwable t) {
            System.err.println("atlas-neo4j: error during shutdown: " + t);
        }
    }

    /** Turns a startup exception into one line a user can act on, and exits. */
    static void failFromStartup(Throwable t, Path dataDir, int port) {
        String all = causeChain(t);
        if (all.contains("FileLockException") || all.contains("is locked by another process")
                || all.contains("Lock file has been locked")) {
            fail(3, "the data folder " + dataDir + " is in use by another Neo4j");
        } else if (all.contains("PortBindException") || all.contains("Address already in use")) {
            fail(4, "port " + port + " on 127.0.0.1 is already in use (Bolt could not bind)");
        } else {
            t.printStackTrace(System.err);
            fail(1, "Neo4j failed to start: " + rootCause(t));
        }
    }

    static String causeChain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null && sb.length() < 20_000; c = c.getCause()) {
            sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
            for (Throwable s : c.getSuppressed()) sb.append(causeChain(s));
        }
        return sb.toString();
    }

    static String rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return (c.getClass().getSimpleName() + ": " + c.getMessage()).replace('\n', ' ');
    }

    static void fail(int code, String message) {
        shutdown();
        System.err.println(FAILED + " " + message);
        System.err.flush();
        Runtime.getRuntime().halt(code); // halt: the shutdown hook already ran above
    }

    /** --key value pairs; data and port are required. */
    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length)
                throw new IllegalArgumentException("bad argument " + args[i] + " (expected --data DIR --port N [--page-cache 64m] [--tx-timeout 60s])");
            m.put(args[i].substring(2), args[++i]);
        }
        if (!m.containsKey("data") || !m.containsKey("port")) throw new IllegalArgumentException("--data and --port are required");
        try {
            int p = Integer.parseInt(m.get("port"));
            if (p < 1 || p > 65535) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be 1..65535, got " + m.get("port"));
        }
        return m;
    }

    /** "64m", "1g", "512k", "1048576" -> bytes. */
    static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        char last = v.charAt(v.length() - 1);
        if (last == 'k') mult = 1L << 10; else if (last == 'm') mult = 1L << 20; else if (last == 'g') mult = 1L << 30;
        if (mult != 1) v = v.substring(0, v.length() - 1);
        return Long.parseLong(v) * mult;
    }

    /** "60s", "5m", "0" (no timeout) -> Duration. */
    static Duration parseDuration(String s) {
        String v = s.trim().toLowerCase();
        if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(v));
    }

    private Launcher() {}
}
