package org.custodian.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureMode;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureTask;
import org.custodian.model.DepartureType;
import org.custodian.model.Leaver;
import org.custodian.model.Person;
import org.custodian.model.PlanAction;
import org.custodian.model.TaskId;

/** The ordered work for one departure: upstream assets first, and before-notifying work first when hostile. */
public record DeparturePlan(
        Leaver leaver,
        String leaverName,
        DepartureType type,
        DepartureMode mode,
        LocalDate lastDay,
        LocalDate today,
        List<Person> people,
        List<PlannedTask> tasks) {
    public DeparturePlan {
        Objects.requireNonNull(leaver, "leaver");
        Objects.requireNonNull(leaverName, "leaverName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(today, "today");
        people = List.copyOf(people);
        tasks = List.copyOf(tasks);
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).position() != i + 1) {
                throw new IllegalArgumentException("Task positions must run 1, 2, 3… in list order");
            }
        }
    }

    public List<PlannedTask> tasksIn(DeparturePhase phase) {
        return tasks.stream().filter(t -> t.phase() == phase).toList();
    }

    public List<PlannedTask> tasksFor(PlanAction action) {
        return tasks.stream().filter(t -> t.action() == action).toList();
    }

    /** The tasks as the departure stores them, all open, with ids from {@code ids}. */
    public List<DepartureTask> toDepartureTasks(DepartureId departure, Supplier<TaskId> ids) {
        List<DepartureTask> stored = new ArrayList<>(tasks.size());
        for (PlannedTask task : tasks) {
            stored.add(task.toDepartureTask(ids.get(), departure));
        }
        return stored;
    }
}
