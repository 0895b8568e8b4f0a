package org.custodian.analysis;

import java.util.List;

/** Writes out the path of one result of a walk on demand; the key is whatever the walk numbers results by. */
@FunctionalInterface
interface Trace {
    List<PathStep> steps(int key);
}
