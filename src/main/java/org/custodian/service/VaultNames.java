package org.custodian.service;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;

/**
 * Asset names are unique in an inventory, entry titles are not unique in a vault ("admin" in three groups).
 * An entry whose name is taken by another asset gets a number; the assets this import updates give up
 * their own names first, so a re-import gives every entry the name it had.
 */
final class VaultNames {
    static final int MAX = 200;
    private final Set<String> taken = new HashSet<>();

    VaultNames(List<Asset> existing, Set<AssetId> updated) {
        existing.stream().filter(a -> !updated.contains(a.id())).forEach(a -> taken.add(key(a.name())));
    }

    String take(String wanted) {
        String base = cut(wanted, MAX);
        String name = base;
        for (int n = 2; !taken.add(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
