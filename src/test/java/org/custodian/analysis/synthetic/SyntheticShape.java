package org.custodian.analysis.synthetic;

/**
 * How big and how tangled a synthetic inventory is. {@link #of(int, long)} gives the shape the benchmarks
 * use: a person per twenty assets, a group per twenty people, about eight grants per asset, so that
 * 100,000 assets come with roughly a million edges.
 */
public record SyntheticShape(
        int assets,
        long seed,
        int people,
        int groups,
        double grantsPerAsset,
        int custodyPerPerson,
        int custodyPerGroup,
        int clusterSize,
        double crossClusterShare) {
    public SyntheticShape {
        if (assets < 1 || people < 1 || groups < 1) {
            throw new IllegalArgumentException("A synthetic inventory needs at least one asset, person and group");
        }
        if (grantsPerAsset < 0 || custodyPerPerson < 0 || custodyPerGroup < 0) {
            throw new IllegalArgumentException("Edge counts cannot be negative");
        }
        if (clusterSize < 2) {
            throw new IllegalArgumentException("A cluster needs at least two assets");
        }
        if (crossClusterShare < 0 || crossClusterShare > 1) {
            throw new IllegalArgumentException("The cross-cluster share is a fraction between 0 and 1");
        }
    }

    public static SyntheticShape of(int assets, long seed) {
        int people = Math.max(5, assets / 20);
        int groups = Math.max(3, people / 20);
        return new SyntheticShape(assets, seed, people, groups, 8.0, 40, 20, 100, 0.005);
    }

    public SyntheticShape withGrantsPerAsset(double perAsset) {
        return new SyntheticShape(
                assets,
                seed,
                people,
                groups,
                perAsset,
                custodyPerPerson,
                custodyPerGroup,
                clusterSize,
                crossClusterShare);
    }

    /** Roughly how many edges (grants, custody, memberships) an inventory of this shape has. */
    public long expectedEdges() {
        return Math.round(assets * grantsPerAsset)
                + (long) people * custodyPerPerson
                + (long) groups * custodyPerGroup
                + Math.round(people * 1.5)
                + groups;
    }
}
