package org.custodian.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The one H2 connection of an open inventory: read-only while the user reads, writable only for the
 * span of one write, which ends with H2's normal shutdown. H2 2.x recovers a file it did not close
 * cleanly to a version older than its last synced commit (measured: `CHECKPOINT SYNC` then kill -9 on
 * the demo lost the last transaction every time), so an acknowledged change must sit in a cleanly
 * closed file; a read-only open never writes, so the file stays exactly as it was sealed.
 */
final class H2Connection implements AutoCloseable {
    private final InventoryFolder folder;
    private final KeyRing keys;
    private final String databaseName;
    private Connection connection;
    private DSLContext dsl;
    private boolean writable;

    H2Connection(InventoryFolder folder, KeyRing keys) {
        this(folder, keys, InventoryFolder.DATABASE_NAME);
    }

    H2Connection(InventoryFolder folder, KeyRing keys, String databaseName) {
        this.folder = folder;
        this.keys = keys;
        this.databaseName = databaseName;
    }

    String url(boolean readOnly) {
        return folder.jdbcUrl(databaseName, readOnly);
    }

    DSLContext forReading() throws SQLException {
        if (connection == null) {
            open(false);
        }
        return dsl;
    }

    DSLContext forWriting() throws SQLException {
        if (!writable) {
            close();
            open(true);
        }
        return dsl;
    }

    boolean writable() {
        return writable;
    }

    /** H2's normal close: its store header then points at the last chunk and says the file is clean. */
    void shutDown() throws SQLException {
        if (connection == null) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } finally {
            forget();
        }
    }

    @Override
    public void close() throws SQLException {
        if (writable) {
            shutDown();
        } else if (connection != null) {
            try {
                connection.close();
            } finally {
                forget();
            }
        }
    }

    private void open(boolean forWriting) throws SQLException {
        connection = connect(keys, url(!forWriting));
        dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false));
        writable = forWriting;
    }

    static Connection connect(KeyRing keys, String url) throws SQLException {
        return dataSource(url, keys).getConnection();
    }

    static JdbcDataSource dataSource(String url, KeyRing keys) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(KeyRing.H2_USER);
        source.setPasswordChars(keys.h2Password());
        return source;
    }

    private void forget() {
        connection = null;
        dsl = null;
        writable = false;
    }
}
