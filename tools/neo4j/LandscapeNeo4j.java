// A real Neo4j 5 server for people without Docker and for the tests: Neo4j's
// own database management service (org.neo4j:neo4j, the Community edition
// from Maven Central) with its Bolt connector on loopback and authentication
// on. Embedded rather than Neo4j's server entry point, because the entry point
// wants a whole NEO4J_HOME (conf/, plugins/, an initial-password step) and
// this way one file sets the few settings that matter and reports the real
// port back. Run by launcher.ts in Java's single-file source mode.
//
//   java -cp <classpath> LandscapeNeo4j.java --data DIR --port N --password P [--pagecache 256m]
//
// Prints one line `READY bolt://127.0.0.1:<port>` when Bolt answers, and stops
// cleanly (checkpoint, store closed) on SIGTERM or SIGINT.
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public class LandscapeNeo4j {
  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) args.put(argv[i], argv[i + 1]);
    String data = args.get("--data");
    String password = args.get("--password");
    if (data == null || password == null) {
      System.err.println("usage: LandscapeNeo4j --data DIR --password P [--port N] [--pagecache 256m]");
      System.exit(2);
    }
    int port = Integer.parseInt(args.getOrDefault("--port", "0"));
    long pagecache = ByteUnit.parse(args.getOrDefault("--pagecache", "256m"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(data).toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
        // An analyst's local tool reports nothing home (dbms.usage_report.enabled).
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("STOPPED");
      stopped.countDown();
    }));

    // Embedded transactions on the system database run without a login, so the
    // password can be set here; a fresh store's neo4j user otherwise has to change it first.
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
    } catch (RuntimeException e) {
      // On a restart with the same password Neo4j refuses to "change" it; anything else is real.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }

    int actual = ((GraphDatabaseAPI) system).getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
    // The connector is bound; wait until it accepts, so READY means a client can connect.
    for (int i = 0; ; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", actual), 1000);
        break;
      } catch (java.io.IOException e) {
        if (i > 100) throw e;
        Thread.sleep(100);
      }
    }
    System.out.println("READY bolt://127.0.0.1:" + actual);
    System.out.flush();
    stopped.await();
  }
}
