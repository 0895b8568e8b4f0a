package org.custodian.storage;

import javax.sql.DataSource;
import org.custodian.model.NewerVersionException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** Flyway over the open inventory. The newest version this build knows is checked by a test. */
final class SchemaMigrations {
    static final int LATEST = 1;

    private SchemaMigrations() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    static boolean pending(Flyway flyway) {
        MigrationInfo[] pending = flyway.info().pending();
        return pending.length > 0;
    }

    static NewerVersionException newerSchema(int version) {
        return new NewerVersionException("This inventory was made by a newer version of Custodian (schema version "
                + version + "; this version knows up to " + LATEST + ").");
    }
}
