package org.custodian.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.custodian.model.NotFoundException;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/** Finding things by the names people type, and refusing a second thing with the same name. */
final class Names {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {}

    static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        return items.stream()
                .filter(i -> name.apply(i).equalsIgnoreCase(wanted.strip()))
                .findFirst();
    }

    static <T> T require(List<T> items, Function<T, String> name, String wanted, String what) {
        return find(items, name, wanted)
                .orElseThrow(() -> notFound(items.stream().map(name).toList(), wanted, what));
    }

    static NotFoundException notFound(List<String> names, String wanted, String what) {
        String key = wanted.strip().toLowerCase(Locale.ROOT);
        List<String> closest = names.stream()
                .sorted(Comparator.comparingInt((String n) -> distance(n, key)).thenComparing(n -> n))
                .limit(3)
                .toList();
        return new NotFoundException("No " + what + " is called \"" + wanted.strip() + "\"."
                + (closest.isEmpty() ? "" : " Closest: " + String.join(", ", closest) + "."));
    }

    private static int distance(String candidate, String key) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        return lower.contains(key) ? 0 : DISTANCE.apply(lower, key);
    }

    static <T> void requireUnique(
            List<T> existing, Function<T, String> name, Function<T, Object> id, T candidate, String what) {
        boolean taken = existing.stream()
                .anyMatch(e -> name.apply(e).equalsIgnoreCase(name.apply(candidate))
                        && !id.apply(e).equals(id.apply(candidate)));
        if (taken) {
            throw new ValidationException(List.of(new Violation(
                    "name",
                    "There is already " + what + " called \"" + name.apply(candidate) + "\"; choose another name")));
        }
    }
}
