package org.custodian.storage;

import javax.sql.DataSource;
import org.custodian.model.NewerVersionException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Flyway over the open inventory, and the schema version a header or a database file says it has. The
 * newest version this build knows is checked by a test.
 */
final class SchemaMigrations {
    static final int LATEST = 2;

    private SchemaMigrations() {}

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

    /** A newer build's inventory is refused before anything reads its tables with this build's idea of them. */
    static void refuseNewer(int version) {
        if (version > LATEST) {
            throw new NewerVersionException("This inventory was made by a newer version of Custodian (schema version "
                    + version + "; this version knows up to " + LATEST + ").");
        }
    }

    static int installedVersion(DSLContext dsl) {
        boolean hasHistory = dsl.fetchExists(DSL.selectOne()
                .from("INFORMATION_SCHEMA.TABLES")
                .where("TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'"));
        if (!hasHistory) {
            throw InventoryHeader.damaged("its database holds no inventory tables");
        }
        Object version = dsl.fetchValue("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" IS NOT NULL");
        return version == null ? 0 : ((Number) version).intValue();
    }
}
