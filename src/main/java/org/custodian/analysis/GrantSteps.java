package org.custodian.analysis;

import org.custodian.analysis.PathStep.GrantStep;
import org.custodian.model.Asset;

/** Turns a grant number into the step a path shows for it. */
final class GrantSteps {
    private GrantSteps() {}

    static GrantStep of(AccessGraph graph, int grant) {
        Asset target = graph.assets[graph.grantTarget[grant]];
        return new GrantStep(graph.grantKind[grant], target.id(), target.name());
    }
}
