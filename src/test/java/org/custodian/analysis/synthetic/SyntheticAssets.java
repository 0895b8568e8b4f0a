package org.custodian.analysis.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetId;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;

/** Assets in clusters of related systems; the first asset of each cluster is a vault that opens the rest. */
final class SyntheticAssets {
    private static final AssetSubtype[] SUBTYPES = AssetSubtype.values();

    private SyntheticAssets() {}

    static List<Asset> generate(SyntheticShape shape, Draw draw, List<Person> people, Vendors vendors) {
        List<Asset> assets = new ArrayList<>(shape.assets());
        for (int i = 0; i < shape.assets(); i++) {
            AssetSubtype subtype =
                    i % shape.clusterSize() == 0 ? AssetSubtype.VAULT_MASTER_PASSWORD : draw.of(SUBTYPES);
            Criticality criticality = Criticality.values()[draw.weighted(30, 40, 20, 10)];
            Person owner = draw.chance(0.9) ? people.get(draw.below(people.size())) : null;
            Person setUpBy = draw.chance(0.7) ? people.get(draw.below(people.size())) : null;
            Integer interval = draw.chance(0.5) ? new int[] {90, 180, 365}[draw.below(3)] : null;
            String recoveryEmail = recoveryEmail(subtype, draw, people);
            assets.add(new Asset(
                    new AssetId(draw.uuid()),
                    String.format("%s %06d", subtype.label(), i),
                    subtype,
                    criticality,
                    "System " + i / shape.clusterSize(),
                    vendor(subtype.kind(), draw, vendors),
                    owner == null ? null : owner.id(),
                    setUpBy == null ? null : setUpBy.id(),
                    interval,
                    null,
                    "Vault " + i / shape.clusterSize(),
                    recoveryEmail,
                    null,
                    null,
                    details(subtype.kind(), i, draw)));
        }
        return assets;
    }

    private static String recoveryEmail(AssetSubtype subtype, Draw draw, List<Person> people) {
        if (subtype.kind() != AssetKind.HOSTING_LOGIN || !draw.chance(0.3)) {
            return null;
        }
        Person person = people.get(draw.below(people.size()));
        return draw.chance(0.2) && person.personalContact() != null ? person.personalContact() : person.workEmail();
    }

    private static OrganisationId vendor(AssetKind kind, Draw draw, Vendors vendors) {
        return switch (kind) {
            case PURCHASING_AUTHORITY -> vendors.bank();
            case ALARM_CODE -> vendors.alarmCompany();
            case HOSTING_LOGIN -> vendors.hosting();
            default -> draw.chance(0.3) ? vendors.itProvider() : null;
        };
    }

    private static AssetDetails details(AssetKind kind, int i, Draw draw) {
        LocalDate reference = SyntheticInventory.REFERENCE_DAY;
        return switch (kind) {
            case PRIVILEGED_ACCOUNT -> new AssetDetails.PrivilegedAccount(draw.chance(0.3));
            case SHARED_SECRET -> new AssetDetails.SharedSecret();
            case HOSTING_LOGIN ->
                new AssetDetails.HostingLogin(
                        reference.plusDays(draw.below(400)),
                        draw.chance(0.5) ? reference.plusDays(draw.below(700)) : null);
            case PHYSICAL_KEY -> physicalKey(i, draw);
            case ALARM_CODE -> new AssetDetails.AlarmCode("Panel " + i);
            case PURCHASING_AUTHORITY ->
                new AssetDetails.PurchasingAuthority(
                        "Account ending " + (1000 + i % 9000),
                        BigDecimal.valueOf(500L * (1 + draw.below(20))),
                        reference.plusDays(draw.below(400)),
                        reference.plusDays(draw.below(900)));
            case NETWORK_ALLOWANCE -> new AssetDetails.NetworkAllowance("203.0.113." + i % 256);
            case PHONE_SYSTEM -> new AssetDetails.PhoneSystem("Extension " + (100 + i % 900));
        };
    }

    private static AssetDetails physicalKey(int i, Draw draw) {
        int issued = 1 + draw.below(4);
        return new AssetDetails.PhysicalKey("K-" + i, "Door " + i, issued, draw.below(issued + 1));
    }

    /** The organisations assets of each kind are bought from. */
    record Vendors(
            OrganisationId itProvider, OrganisationId bank, OrganisationId alarmCompany, OrganisationId hosting) {
        Vendors {
            Objects.requireNonNull(itProvider, "itProvider");
            Objects.requireNonNull(bank, "bank");
            Objects.requireNonNull(alarmCompany, "alarmCompany");
            Objects.requireNonNull(hosting, "hosting");
        }
    }
}
