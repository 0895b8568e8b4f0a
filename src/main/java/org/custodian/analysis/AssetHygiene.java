package org.custodian.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails.HostingLogin;
import org.custodian.model.AssetDetails.PhysicalKey;
import org.custodian.model.AssetDetails.PurchasingAuthority;
import org.custodian.model.RotationKind;

/** Findings about assets themselves: rotations due, renewals and expiries coming, keys whose copies do not add up. */
final class AssetHygiene {
    private final AccessGraph graph;
    private final LocalDate today;
    private final int renewalWindowDays;

    AssetHygiene(AccessGraph graph, int renewalWindowDays) {
        this.graph = graph;
        this.today = graph.asOf();
        this.renewalWindowDays = renewalWindowDays;
    }

    /** Any rotation, re-keying, disabling or revoking counts as the last change. */
    List<HygieneFinding> overdueRotations() {
        List<HygieneFinding> findings = new ArrayList<>();
        for (int a = 0; a < graph.assets.length; a++) {
            Asset asset = graph.assets[a];
            Integer interval = asset.rotationIntervalDays();
            if (interval == null) {
                continue;
            }
            if (graph.lastRotation[a] == AccessGraph.NEVER) {
                findings.add(new HygieneFinding(
                        HygieneFindingType.ROTATION_NEVER_RECORDED,
                        asset.id(),
                        null,
                        "No rotation of " + asset.name() + " has ever been recorded; it should change every " + interval
                                + " days."));
                continue;
            }
            LocalDate last = graph.date(graph.lastRotation[a]);
            long overdue = ChronoUnit.DAYS.between(last.plusDays(interval), today);
            if (overdue > 0) {
                findings.add(new HygieneFinding(
                        HygieneFindingType.ROTATION_OVERDUE,
                        asset.id(),
                        null,
                        asset.name() + " was last changed on " + last + " and should change every " + interval
                                + " days: " + overdue + (overdue == 1 ? " day" : " days") + " overdue."));
            }
        }
        return findings;
    }

    List<HygieneFinding> nobodyHolds() {
        List<HygieneFinding> findings = new ArrayList<>();
        for (int a = 0; a < graph.assets.length; a++) {
            RotationKind last = graph.lastRotationKind[a];
            if (last == RotationKind.DISABLED || last == RotationKind.REVOKED || heldToday(a)) {
                continue;
            }
            Asset asset = graph.assets[a];
            findings.add(new HygieneFinding(
                    HygieneFindingType.NO_CURRENT_HOLDER,
                    asset.id(),
                    null,
                    "Nobody is recorded as holding " + asset.name() + " today: record who has it or knows it (or"
                            + " that it was disabled or revoked)."));
        }
        return findings;
    }

    private boolean heldToday(int asset) {
        for (int i = graph.custodyByAsset.from(asset); i < graph.custodyByAsset.to(asset); i++) {
            int custody = graph.custodyByAsset.item(i);
            if (graph.custodyFrom[custody] <= graph.today && graph.custodyUntil[custody] > graph.today) {
                return true;
            }
        }
        return false;
    }

    List<HygieneFinding> upcomingRenewals() {
        List<HygieneFinding> findings = new ArrayList<>();
        for (Asset asset : graph.assets) {
            if (asset.details() instanceof HostingLogin login) {
                dates(findings, asset, login.renewalDate(), login.expiryDate());
            } else if (asset.details() instanceof PurchasingAuthority authority) {
                dates(findings, asset, authority.renewalDate(), authority.expiryDate());
            }
        }
        return findings;
    }

    private void dates(List<HygieneFinding> findings, Asset asset, LocalDate renewal, LocalDate expiry) {
        if (expiry != null && expiry.isBefore(today)) {
            findings.add(new HygieneFinding(
                    HygieneFindingType.EXPIRED, asset.id(), null, asset.name() + " expired on " + expiry + "."));
        } else if (expiry != null && within(expiry)) {
            findings.add(new HygieneFinding(
                    HygieneFindingType.EXPIRY_DUE,
                    asset.id(),
                    null,
                    asset.name() + " expires on " + expiry + ", " + inDays(expiry) + "."));
        }
        if (renewal != null && within(renewal)) {
            findings.add(new HygieneFinding(
                    HygieneFindingType.RENEWAL_DUE,
                    asset.id(),
                    null,
                    asset.name() + " renews on " + renewal + ", " + inDays(renewal) + "."));
        }
    }

    List<HygieneFinding> keysWithUnaccountedCopies() {
        List<HygieneFinding> findings = new ArrayList<>();
        for (int a = 0; a < graph.assets.length; a++) {
            Asset asset = graph.assets[a];
            if (!(asset.details() instanceof PhysicalKey key)) {
                continue;
            }
            int missing = graph.unaccountedCopies[a];
            String name = asset.name() + (key.keyNumber() == null ? "" : " (" + key.keyNumber() + ")");
            if (missing > 0) {
                findings.add(new HygieneFinding(
                        HygieneFindingType.KEY_COPIES_UNACCOUNTED,
                        asset.id(),
                        null,
                        missing + (missing == 1 ? " copy of " + name + " is" : " copies of " + name + " are")
                                + " out but nobody is recorded as holding " + (missing == 1 ? "it." : "them.")));
            } else if (missing < 0) {
                findings.add(new HygieneFinding(
                        HygieneFindingType.KEY_COPIES_INCONSISTENT,
                        asset.id(),
                        null,
                        "More copies of " + name + " are recorded as held than are out (" + key.copiesOut()
                                + " issued and not returned)."));
            }
        }
        return findings;
    }

    private boolean within(LocalDate day) {
        return !day.isBefore(today) && !day.isAfter(today.plusDays(renewalWindowDays));
    }

    private String inDays(LocalDate day) {
        long days = ChronoUnit.DAYS.between(today, day);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }
}
