package org.custodian.service;

import java.time.LocalDate;
import java.util.List;
import org.custodian.model.Custody;
import org.custodian.model.CustodyId;
import org.custodian.model.EndReason;
import org.custodian.model.Grant;
import org.custodian.model.GrantId;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.storage.Database;

/** Who holds what (handed over, ended with a reason) and which assets open which. */
public final class CustodyService {
    private final Database database;
    private final Repositories repositories;

    CustodyService(Database database, Repositories repositories) {
        this.database = database;
        this.repositories = repositories;
    }

    public void recordHandover(Custody custody) {
        database.write(tx -> {
            repositories.custody().add(tx, custody);
            return null;
        });
    }

    /** Ends custody and keeps it as history; knowledge of a secret stays until the asset is rotated. */
    public Custody endCustody(CustodyId id, LocalDate on, EndReason reason) {
        return database.write(tx -> {
            Custody current = repositories
                    .custody()
                    .find(tx, id)
                    .orElseThrow(() -> invalid("custody", "That custody is no longer in the inventory"));
            if (current.until() != null) {
                throw invalid("until", "This custody already ended on " + current.until());
            }
            Custody ended = current.endedOn(on, reason);
            repositories.custody().end(tx, ended);
            return ended;
        });
    }

    public void grantAccess(Grant grant) {
        database.write(tx -> {
            repositories.grants().add(tx, grant);
            return null;
        });
    }

    public Grant endGrant(GrantId id, LocalDate on) {
        return database.write(tx -> {
            Grant current = repositories
                    .grants()
                    .find(tx, id)
                    .orElseThrow(() -> invalid("grant", "That grant is no longer in the inventory"));
            if (current.until() != null) {
                throw invalid("until", "This grant already ended on " + current.until());
            }
            Grant ended = new Grant(
                    current.id(), current.from(), current.to(), current.kind(), current.since(), on, current.note());
            repositories.grants().end(tx, ended);
            return ended;
        });
    }

    public List<Custody> custody() {
        return database.read(repositories.custody()::findAll);
    }

    public List<Grant> grants() {
        return database.read(repositories.grants()::findAll);
    }

    static ValidationException invalid(String field, String message) {
        return new ValidationException(List.of(new Violation(field, message)));
    }
}
