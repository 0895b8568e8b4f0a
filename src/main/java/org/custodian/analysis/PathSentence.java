package org.custodian.analysis;

import java.util.List;
import org.custodian.analysis.PathStep.CustodyStep;
import org.custodian.analysis.PathStep.GrantStep;
import org.custodian.analysis.PathStep.GroupStep;
import org.custodian.analysis.PathStep.PersonStep;
import org.custodian.model.CustodyRole;
import org.custodian.model.GrantKind;

/** Writes a path as one sentence a manager can read aloud: "Kevin Dale knows X (custody: holds) → it can reset Y". */
final class PathSentence {
    private static final String ARROW = " → ";

    private PathSentence() {}

    static String of(List<PathStep> steps) {
        StringBuilder text = new StringBuilder();
        boolean afterGroup = false;
        boolean firstGrant = true;
        for (PathStep step : steps) {
            if (step instanceof PersonStep person) {
                text.append(person.name());
            } else if (step instanceof GroupStep group) {
                text.append(afterGroup ? ARROW + "which " : " ");
                text.append(group.until() == null ? "is a member of " : "was a member of ")
                        .append(group.name());
                if (group.until() != null) {
                    text.append(" until ").append(group.until());
                }
                afterGroup = true;
            } else if (step instanceof CustodyStep custody) {
                text.append(afterGroup ? ARROW + "which " : " ");
                appendCustody(text, custody);
            } else if (step instanceof GrantStep grant) {
                text.append(ARROW)
                        .append(firstGrant ? "it " : "which ")
                        .append(verb(grant.kind()))
                        .append(' ')
                        .append(grant.name());
                firstGrant = false;
            }
        }
        return text.toString();
    }

    private static void appendCustody(StringBuilder text, CustodyStep custody) {
        boolean ended = custody.until() != null;
        text.append(verb(custody, ended)).append(' ').append(custody.name());
        if (ended) {
            text.append(" until ").append(custody.until());
        }
        text.append(" (custody: ").append(roleWord(custody.role()));
        if (custody.standing() != null) {
            text.append("; ").append(custody.standing());
        }
        text.append(')');
    }

    private static String verb(CustodyStep custody, boolean ended) {
        return switch (custody.role()) {
            case HOLDS -> custody.kind().isKnowledge() ? (ended ? "knew" : "knows") : (ended ? "held" : "holds");
            case BACKUP -> ended ? "was backup holder of" : "is backup holder of";
            case MFA_DEVICE -> ended ? "held the MFA device for" : "holds the MFA device for";
            case RECOVERY_CONTACT -> ended ? "was the recovery contact for" : "is the recovery contact for";
            case ACCOUNTABLE_OWNER -> ended ? "was accountable owner of" : "is accountable owner of";
            case CALL_LIST -> ended ? "was on the call list for" : "is on the call list for";
        };
    }

    private static String roleWord(CustodyRole role) {
        return switch (role) {
            case HOLDS -> "holds";
            case BACKUP -> "backup";
            case MFA_DEVICE -> "MFA device";
            case RECOVERY_CONTACT -> "recovery contact";
            case ACCOUNTABLE_OWNER -> "accountable owner";
            case CALL_LIST -> "call list";
        };
    }

    private static String verb(GrantKind kind) {
        return switch (kind) {
            case UNLOCKS -> "unlocks";
            case CAN_RESET -> "can reset";
            case ADMINISTERS -> "administers";
            case PHYSICALLY_OPENS -> "opens";
        };
    }
}
