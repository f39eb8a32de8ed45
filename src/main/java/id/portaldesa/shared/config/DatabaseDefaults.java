package id.portaldesa.shared.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the embedded database when none is configured, and derives the DataSource class from the
 * JDBC URL so that operators set only {@code PORTAL_DB_URL}, user and password.
 *
 * <p>Read by Payara while it deploys the {@code @DataSourceDefinition}, before any CDI bean exists,
 * so it looks at the environment and system properties directly. The low ordinal lets any explicit
 * setting win.
 */
public class DatabaseDefaults implements ConfigSource {

    static final String URL = "portal.db.url";
    static final String DATASOURCE_CLASS = "portal.db.datasource-class";
    /**
     * MAX_MEMORY_ROWS: H2 buffers a result of more rows than this to disk (default 40,000 per GB of
     * heap); sorting a page of the official list's 83,762 villages on disk took seconds.
     * AUTO_COMPACT_FILL_RATE=0: after the first start wrote the official list and (for benchmarks) the
     * whole country, H2 2.2's background compaction rewrote the file for minutes on one of the two
     * cores, halving what the portal served meanwhile; the embedded database is small enough to
     * live with a less tightly packed file. CACHE_SIZE=16384 (KB): H2's page cache lives in the
     * portal's own heap; its 64 MB default held every village row read once, a sixth of the live heap.
     */
    public static final String EMBEDDED_URL =
            "jdbc:h2:./data/portal;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;"
                    + "MAX_MEMORY_ROWS=200000;AUTO_COMPACT_FILL_RATE=0;CACHE_SIZE=16384";

    private static final String H2_DATASOURCE = "org.h2.jdbcx.JdbcDataSource";
    private static final String MYSQL_DATASOURCE = "com.mysql.cj.jdbc.MysqlDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, DATASOURCE_CLASS, "portal.db.user", "portal.db.password");
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                URL,
                getValue(URL),
                DATASOURCE_CLASS,
                getValue(DATASOURCE_CLASS),
                "portal.db.user",
                getValue("portal.db.user"),
                "portal.db.password",
                "");
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case URL -> EMBEDDED_URL;
            case DATASOURCE_CLASS -> dataSourceClassFor(configuredUrl());
            case "portal.db.user" -> configuredUrl().startsWith("jdbc:h2:") ? "sa" : "";
            case "portal.db.password" -> "";
            default -> null;
        };
    }

    static String dataSourceClassFor(String url) {
        return url.startsWith("jdbc:h2:") ? H2_DATASOURCE : MYSQL_DATASOURCE;
    }

    private static String configuredUrl() {
        String url = System.getProperty(URL, System.getProperty("PORTAL_DB_URL", System.getenv("PORTAL_DB_URL")));
        return url == null || url.isBlank() ? EMBEDDED_URL : url;
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "portal-database-defaults";
    }
}
