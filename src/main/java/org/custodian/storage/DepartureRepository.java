package org.custodian.storage;

import static org.custodian.storage.schema.Tables.DEPARTURE;
import static org.custodian.storage.schema.Tables.DEPARTURE_TASK;

import java.util.List;
import java.util.Optional;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureMode;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureTask;
import org.custodian.model.DepartureType;
import org.custodian.model.Leaver;
import org.custodian.model.OrganisationId;
import org.custodian.model.PersonId;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.custodian.storage.schema.tables.records.DepartureRecord;
import org.custodian.storage.schema.tables.records.DepartureTaskRecord;

/** A departure and its plan are one aggregate: saved together, tasks then tracked one by one. */
public final class DepartureRepository {
    public void add(Tx tx, Departure departure, List<DepartureTask> tasks) {
        Leaver leaver = departure.leaver();
        tx.dsl()
                .executeInsert(new DepartureRecord(
                        departure.id().value(),
                        leaver instanceof PersonId p ? p.value() : null,
                        leaver instanceof OrganisationId o ? o.value() : null,
                        departure.type().name(),
                        departure.mode().name(),
                        departure.lastDay(),
                        departure.createdOn(),
                        departure.note()));
        tx.audit("CREATE", "departure", departure.id(), null, departure);
        for (DepartureTask task : tasks) {
            tx.dsl().executeInsert(toRecord(task));
        }
        tx.audit("PLAN", "departure", departure.id(), null, tasks.size() + " tasks");
    }

    public void updateTask(Tx tx, DepartureTask task) {
        DepartureTask before = findTask(tx, task.id()).orElseThrow();
        tx.dsl().executeUpdate(toRecord(task));
        tx.audit("UPDATE", "task", task.id(), before, task);
    }

    public List<Departure> findAll(Tx tx) {
        return tx.dsl()
                .selectFrom(DEPARTURE)
                .orderBy(DEPARTURE.LAST_DAY.desc(), DEPARTURE.ID)
                .fetch(DepartureRepository::toModel);
    }

    public Optional<Departure> find(Tx tx, DepartureId id) {
        return tx.dsl()
                .selectFrom(DEPARTURE)
                .where(DEPARTURE.ID.eq(id.value()))
                .fetchOptional()
                .map(DepartureRepository::toModel);
    }

    public List<DepartureTask> tasks(Tx tx, DepartureId id) {
        return tx.dsl()
                .selectFrom(DEPARTURE_TASK)
                .where(DEPARTURE_TASK.DEPARTURE_ID.eq(id.value()))
                .orderBy(DEPARTURE_TASK.POSITION)
                .fetch(DepartureRepository::toModel);
    }

    public Optional<DepartureTask> findTask(Tx tx, TaskId id) {
        return tx.dsl()
                .selectFrom(DEPARTURE_TASK)
                .where(DEPARTURE_TASK.ID.eq(id.value()))
                .fetchOptional()
                .map(DepartureRepository::toModel);
    }

    private static Departure toModel(DepartureRecord r) {
        Leaver leaver =
                r.getPersonId() != null ? new PersonId(r.getPersonId()) : new OrganisationId(r.getOrganisationId());
        return new Departure(
                new DepartureId(r.getId()),
                leaver,
                DepartureType.valueOf(r.getKind()),
                DepartureMode.valueOf(r.getMode()),
                r.getLastDay(),
                r.getCreatedOn(),
                r.getNote());
    }

    private static DepartureTaskRecord toRecord(DepartureTask t) {
        return new DepartureTaskRecord(
                t.id().value(),
                t.departure().value(),
                t.position(),
                t.phase().name(),
                t.section().name(),
                t.action().name(),
                Columns.id(t.asset()),
                t.title(),
                t.reason(),
                t.recipients(),
                t.due(),
                t.status().name(),
                t.statusReason(),
                t.doneBy(),
                t.doneOn(),
                t.evidence());
    }

    /** The one place the stored names of phase, section and action become the model's enums again. */
    private static DepartureTask toModel(DepartureTaskRecord r) {
        return new DepartureTask(
                new TaskId(r.getId()),
                new DepartureId(r.getDepartureId()),
                r.getPosition(),
                DeparturePhase.valueOf(r.getPhase()),
                PlanSection.valueOf(r.getSection()),
                PlanAction.valueOf(r.getAction()),
                Columns.assetId(r.getAssetId()),
                r.getTitle(),
                r.getReason(),
                r.getRecipients(),
                r.getDueDate(),
                TaskStatus.valueOf(r.getStatus()),
                r.getStatusReason(),
                r.getDoneBy(),
                r.getDoneOn(),
                r.getEvidence());
    }
}
