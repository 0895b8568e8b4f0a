package org.custodian.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.custodian.model.CustodianException;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/**
 * The header, passphrase, schema and audit chain are verified on every open; this reads every
 * record of every table back through the model's rules, so a row that no longer makes sense is named.
 */
final class InventoryCheck {
    private final Database database;
    private final Repositories repositories;

    InventoryCheck(Database database, Repositories repositories) {
        this.database = database;
        this.repositories = repositories;
    }

    CheckReport run() {
        return database.read(tx -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            if (repositories.info().find(tx).isEmpty()) {
                problems.add("The inventory has no name record.");
            }
            count(tx, "organisations", t -> repositories.organisations().findAll(t), counts, problems);
            count(tx, "people", t -> repositories.people().findAll(t), counts, problems);
            count(tx, "groups", t -> repositories.groups().findAll(t), counts, problems);
            count(tx, "memberships", t -> repositories.groups().findAllMemberships(t), counts, problems);
            count(tx, "assets", t -> repositories.assets().findAll(t), counts, problems);
            count(tx, "custody records", t -> repositories.custody().findAll(t), counts, problems);
            count(tx, "grants", t -> repositories.grants().findAll(t), counts, problems);
            count(tx, "rotations", t -> repositories.rotations().findAll(t), counts, problems);
            count(tx, "departures", t -> repositories.departures().findAll(t), counts, problems);
            count(
                    tx,
                    "departure tasks",
                    t -> repositories.departures().findAll(t).stream()
                            .flatMap(d -> repositories.departures().tasks(t, d.id()).stream())
                            .toList(),
                    counts,
                    problems);
            return new CheckReport(counts, repositories.audit().count(tx), problems);
        });
    }

    private static void count(
            Tx tx, String what, Function<Tx, List<?>> reader, Map<String, Integer> counts, List<String> problems) {
        try {
            counts.put(what, reader.apply(tx).size());
        } catch (CustodianException | IllegalArgumentException e) {
            problems.add("A record among the " + what + " breaks a rule: " + e.getMessage());
        }
    }
}
