package org.custodian.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.custodian.analysis.PathStep;
import org.custodian.model.CustodianException;

/** How dates, path steps and failures read on screen, the same on every screen. */
public final class Wording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Wording() {}

    public static String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A stored enum name such as "BEFORE_NOTIFYING" as "Before notifying". */
    public static String label(String name) {
        String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One link of an explaining path, e.g. "knows (Holds / knows) IT vault" or "→ unlocks Registrar login". */
    public static String step(PathStep step) {
        if (step instanceof PathStep.PersonStep person) {
            return person.name();
        }
        if (step instanceof PathStep.GroupStep group) {
            return "member of " + group.name() + (group.until() == null ? "" : " (until " + date(group.until()) + ")");
        }
        if (step instanceof PathStep.CustodyStep custody) {
            return custody.role().label().toLowerCase(java.util.Locale.ROOT) + ": " + custody.name()
                    + (custody.standing() == null || custody.standing().isBlank()
                            ? ""
                            : " (" + custody.standing() + ")");
        }
        PathStep.GrantStep grant = (PathStep.GrantStep) step;
        return "→ " + grant.kind().label().toLowerCase(java.util.Locale.ROOT) + " " + grant.name();
    }

    /** A failure as the user should read it: known failures say what to do next, others say nothing changed. */
    public static String failure(RuntimeException failure) {
        if (failure instanceof org.custodian.model.ValidationException) {
            return failure.getMessage();
        }
        return failure instanceof CustodianException known
                ? known.getMessage() + " " + known.nextStep()
                : unexpected(failure);
    }

    /** What a screen says of a failure it cannot explain; the details go to the log (see {@code Background}). */
    public static String unexpected(RuntimeException failure) {
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName() + "). Nothing was changed.";
    }
}
