package org.custodian.service;

import java.util.List;
import java.util.Map;

/** What `check` found: counts of what is there, and every problem in words. Empty problems = healthy. */
public record CheckReport(Map<String, Integer> counts, long verifiedChanges, List<String> problems) {
    public CheckReport {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }
}
