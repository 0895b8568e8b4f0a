package org.custodian.analysis.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodian.model.Asset;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.model.InventoryInfo;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.UserName;

/**
 * A made-up inventory of any size for speed measurements and for checking the analysis against other
 * implementations (such as SQL recursive queries). Everything comes from one seeded random source, so
 * the same shape always gives an equal snapshot. Dates are spread around {@link #REFERENCE_DAY}.
 */
public final class SyntheticInventory {
    public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 6, 1);
    static final LocalDate EARLIEST = REFERENCE_DAY.minusYears(8);

    private static final String[] FIRST = {
        "Ann", "Ben", "Chloe", "David", "Ella", "Farid", "Grace", "Hugo", "Isla", "Jonas", "Kevin", "Lena", "Marco",
        "Nina", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara"
    };
    private static final String[] LAST = {
        "Ashworth",
        "Baker",
        "Clarke",
        "Dale",
        "Evans",
        "Fischer",
        "Gray",
        "Hughes",
        "Iqbal",
        "Jones",
        "Khan",
        "Lowe",
        "Moor",
        "Nair",
        "Osei",
        "Parrish",
        "Rossi",
        "Shaw",
        "Turner",
        "Walsh"
    };
    private static final String[] ROLES = {
        "IT admins",
        "Office managers",
        "Directors",
        "Engineers",
        "Finance",
        "Keyholders",
        "Provider technicians",
        "Reception"
    };

    private SyntheticInventory() {}

    public static InventorySnapshot generate(int assets, long seed) {
        return generate(SyntheticShape.of(assets, seed));
    }

    public static InventorySnapshot generate(SyntheticShape shape) {
        Draw draw = new Draw(shape.seed());
        List<Organisation> organisations = new ArrayList<>();
        SyntheticAssets.Vendors vendors = new SyntheticAssets.Vendors(
                organisation(organisations, draw, "Synthetic IT Services", OrganisationKind.IT_PROVIDER),
                organisation(organisations, draw, "Synthetic Bank", OrganisationKind.BANK),
                organisation(organisations, draw, "Synthetic Alarms", OrganisationKind.ALARM_COMPANY),
                organisation(organisations, draw, "Synthetic Hosting", OrganisationKind.HOSTING_PROVIDER));
        List<Person> people = people(shape, draw, vendors.itProvider());
        List<Group> groups = groups(shape, draw);
        List<Asset> assets = SyntheticAssets.generate(shape, draw, people, vendors);
        SyntheticLinks links = new SyntheticLinks(shape, draw, people, groups, assets);
        return new InventorySnapshot(
                new InventoryInfo(
                        new UUID(shape.seed(), shape.assets()),
                        "Synthetic inventory of " + shape.assets() + " assets",
                        Instant.EPOCH),
                organisations,
                people,
                groups,
                links.memberships(),
                assets,
                links.custody(),
                links.grants(),
                links.rotations());
    }

    private static OrganisationId organisation(
            List<Organisation> organisations, Draw draw, String name, OrganisationKind kind) {
        Organisation organisation = new Organisation(new OrganisationId(draw.uuid()), name, kind, null, null);
        organisations.add(organisation);
        return organisation.id();
    }

    private static List<Person> people(SyntheticShape shape, Draw draw, OrganisationId provider) {
        List<Person> people = new ArrayList<>(shape.people());
        for (int i = 0; i < shape.people(); i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length) % LAST.length];
            String name = String.format("%s %s %05d", first, last, i);
            String login = (first.charAt(0) + last + i).toLowerCase();
            int kindPick = draw.weighted(80, 10, 10);
            PersonKind kind = PersonKind.values()[kindPick];
            PersonStatus status = PersonStatus.values()[draw.weighted(80, 5, 15)];
            LocalDate lastDay = switch (status) {
                case ACTIVE -> null;
                case LEAVING -> REFERENCE_DAY.plusDays(1 + draw.below(60));
                case DEPARTED -> REFERENCE_DAY.minusDays(1 + draw.below(1500));
            };
            people.add(new Person(
                    new PersonId(draw.uuid()),
                    name,
                    kind,
                    kind == PersonKind.EXTERNAL_PROVIDER ? provider : null,
                    null,
                    status,
                    lastDay,
                    status == PersonStatus.DEPARTED ? lastDay : null,
                    login + "@synthetic.example",
                    login + "@example.org",
                    List.of(new UserName("Directory", login)),
                    null));
        }
        return people;
    }

    private static List<Group> groups(SyntheticShape shape, Draw draw) {
        List<Group> groups = new ArrayList<>(shape.groups());
        for (int i = 0; i < shape.groups(); i++) {
            groups.add(new Group(new GroupId(draw.uuid()), String.format("%s %04d", ROLES[i % ROLES.length], i), null));
        }
        return groups;
    }
}
