package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import org.custodian.model.AssetKind;
import org.custodian.model.Criticality;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.model.GrantKind;
import org.custodian.model.PersonStatus;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.assets.AssetsViewModel;
import org.custodian.ui.departures.DeparturesViewModel;
import org.custodian.ui.groups.GroupsViewModel;
import org.custodian.ui.people.PeopleViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screens' logic without a stage: view models over the demo inventory with a synchronous runner. */
class ViewModelsTest {
    @TempDir
    Path temp;

    private Inventory demo;
    private final TaskRunner tasks = TaskRunner.synchronous();

    @BeforeEach
    void openDemo() {
        demo = new InventoryFiles(KdfPolicy.fastForTests(), DesktopTest.CLOCK, "tester")
                .createDemo(temp.resolve("demo"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void aNewInventoryHasNoBackupsYetAndRestoreAsksForOneFirst() {
        java.util.List<Path> opened = new java.util.ArrayList<>();
        org.custodian.ui.backups.BackupsViewModel backups =
                new org.custodian.ui.backups.BackupsViewModel(demo, tasks, FilePicker.none(), opened::add);
        backups.refresh();
        assertTrue(backups.backups().isEmpty());
        assertTrue(
                backups.summary().get().startsWith("No backups yet"),
                backups.summary().get());
        backups.restoreSelected();
        assertEquals("Choose a backup first.", backups.error().get());
        backups.openRestored();
        assertTrue(opened.isEmpty(), "nothing was restored, so nothing is offered");
    }

    @Test
    void searchingPeopleMatchesNamesAndOrganisations() {
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.refresh();
        int everyone = people.shown().size();
        people.search().set("fellside");
        assertTrue(people.shown().size() < everyone && !people.shown().isEmpty());
        assertTrue(people.shown().stream().allMatch(r -> r.organisation().startsWith("Fellside")));
    }

    @Test
    void choosingAPersonLoadsWhatTheyCouldTouchWithPaths() {
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.refresh();
        people.select(people.people().stream()
                .filter(r -> r.name().equals("Kevin Dale"))
                .findFirst()
                .orElseThrow());
        assertEquals("Kevin Dale", people.detail().name().get());
        assertTrue(people.detail().couldTouch().stream()
                .anyMatch(r -> r.route().equals("Indirect") && r.steps().get(0).equals("Kevin Dale")));
        assertFalse(people.detail().custody().isEmpty());
    }

    @Test
    void aPersonWithoutANameIsRefusedWithTheMessageOnTheNameField() {
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.form().start();
        people.form().save();
        assertEquals(
                "A person needs a name",
                people.form().state().errors().byField().get("name"));
        assertTrue(people.form().state().open().get());
    }

    @Test
    void anAssetFormReportsEachBadFieldAndSavesOnceCorrected() {
        AssetsViewModel assets = new AssetsViewModel(demo, tasks);
        assets.refresh();
        int before = assets.assets().size();
        assets.form().start();
        assets.form().kind().set(AssetKind.PHYSICAL_KEY);
        assets.form().name().set("Store room key");
        assets.form().kindFields().copiesIssued().set("two");
        assets.form().save();
        assertEquals(
                "\"two\" is not a whole number",
                assets.form().state().errors().byField().get("copiesIssued"));
        assertNotNull(assets.form().state().errors().byField().get("criticality"));
        assets.form().kindFields().copiesIssued().set("2");
        assets.form().criticality().set(Criticality.MEDIUM);
        assets.form().save();
        assertFalse(assets.form().state().open().get());
        assertEquals(before + 1, assets.assets().size());
        assertEquals("Store room key", assets.selected().get().name());
    }

    @Test
    void editingAPersonToDepartedNeedsTheDateAndKeepsWhatTheFormDoesNotShow() {
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.refresh();
        people.select(people.people().stream()
                .filter(r -> r.name().equals("Priya Nair"))
                .findFirst()
                .orElseThrow());
        org.custodian.model.Person before = people.selected().get().person();
        people.editSelected();
        assertTrue(people.form().state().editing().get());
        assertEquals("Priya Nair", people.form().name().get());
        assertEquals("Finance and Office Manager", people.form().jobTitle().get());
        people.form().status().set(PersonStatus.DEPARTED);
        people.form().save();
        assertEquals(
                "A departed person needs the date they left",
                people.form().state().errors().byField().get("departedOn"));
        people.form().departedOn().set(LocalDate.of(2026, 11, 20));
        people.form().jobTitle().set("Former finance manager");
        people.form().save();
        assertFalse(people.form().state().open().get());
        org.custodian.model.Person after = demo.people().personNamed("Priya Nair");
        assertEquals(before.id(), after.id(), "the same person, updated, not a new one");
        assertEquals(PersonStatus.DEPARTED, after.status());
        assertEquals(LocalDate.of(2026, 11, 20), after.departedOn());
        assertEquals("Former finance manager", after.jobTitle());
        assertEquals(before.userNames(), after.userNames());
        assertEquals(before.notes(), after.notes());
        assertEquals(before.personalContact(), after.personalContact());
        assertTrue(
                people.selected().get().status().startsWith("Departed"),
                people.selected().get().status());
        assertEquals(people.people().size(), demo.people().people().size(), "no one was added");
    }

    @Test
    void editingAnAssetKeepsItsKindIdAndHiddenFields() {
        AssetsViewModel assets = new AssetsViewModel(demo, tasks);
        assets.refresh();
        int count = assets.assets().size();
        assets.select(assets.assets().stream()
                .filter(r -> r.name().equals("Server room key"))
                .findFirst()
                .orElseThrow());
        org.custodian.model.Asset before = assets.selected().get().asset();
        assets.editSelected();
        assertTrue(assets.form().state().editing().get());
        assertEquals(AssetKind.PHYSICAL_KEY, assets.form().kind().get());
        assertEquals(before.subtype(), assets.form().subtype().get());
        assets.form().kindFields().copiesIssued().set("many");
        assets.form().save();
        assertEquals(
                "\"many\" is not a whole number",
                assets.form().state().errors().byField().get("copiesIssued"));
        assets.form().kindFields().copiesIssued().set("3");
        assets.form().name().set("Server room key (new lock)");
        assets.form().save();
        assertFalse(assets.form().state().open().get());
        assertEquals(count, assets.assets().size());
        org.custodian.model.Asset after = demo.assets().assetNamed("Server room key (new lock)");
        assertEquals(before.id(), after.id());
        assertEquals(before.owner(), after.owner());
        assertEquals(before.notes(), after.notes());
        assertEquals(3, ((org.custodian.model.AssetDetails.PhysicalKey) after.details()).copiesIssued());
        assertEquals("Server room key (new lock)", assets.detail().name().get());
    }

    @Test
    void aGrantIsAddedFromTheAssetAndEnded() {
        AssetsViewModel assets = new AssetsViewModel(demo, tasks);
        assets.refresh();
        assets.select(assets.assets().stream()
                .filter(r -> r.name().equals("Office Wi-Fi key (HM-Office)"))
                .findFirst()
                .orElseThrow());
        int before = assets.detail().grants().rows().size();
        assets.detail().grants().add();
        assertEquals(
                "A grant must name the asset it gives access to",
                assets.detail().grants().errors().byField().get("to"),
                "a grant needs a target, said beside it");
        assets.detail().grants().target().set("NAS admin (NAS01)");
        assets.detail().grants().kind().set(GrantKind.CAN_RESET);
        assets.detail().grants().add();
        assertEquals(before + 1, assets.detail().grants().rows().size());
        var row = assets.detail().grants().rows().stream()
                .filter(g -> g.text().equals("This asset can reset → NAS admin (NAS01)"))
                .findFirst()
                .orElseThrow();
        assets.detail().grants().end(row);
        assertEquals(before, assets.detail().grants().rows().size());
        assertTrue(demo.custody().grants().stream()
                .anyMatch(g -> g.id().equals(row.grant().id()) && demo.today().equals(g.until())));
    }

    @Test
    void groupsAreCreatedAndGainAndLoseMembers() {
        GroupsViewModel groups = new GroupsViewModel(demo, tasks);
        groups.refresh();
        groups.newGroupName().set("IT admins");
        groups.createGroup();
        assertNotNull(
                groups.errors().byField().get("name"),
                "names are unique: " + groups.error().get());
        groups.newGroupName().set("Alarm responders");
        groups.createGroup();
        assertEquals("Group: Alarm responders", groups.selected().get());
        assertTrue(groups.groupSelected());
        groups.newMember().set("Directors (group)");
        groups.addMember();
        groups.newMember().set("Kevin Dale");
        groups.addMember();
        assertEquals(2, groups.members().size());
        groups.endMembership(groups.members().stream()
                .filter(m -> m.text().startsWith("Kevin Dale"))
                .findFirst()
                .orElseThrow());
        assertTrue(groups.members().stream().anyMatch(m -> m.text().startsWith("Kevin Dale") && !m.current()));
        groups.select(groups.names().stream()
                .filter(n -> n.startsWith("Organisation:"))
                .findFirst()
                .orElseThrow());
        assertFalse(groups.groupSelected());
    }

    @Test
    void filtersCombineKindAndCriticality() {
        AssetsViewModel assets = new AssetsViewModel(demo, tasks);
        assets.refresh();
        assets.kindFilter().set(AssetKind.PRIVILEGED_ACCOUNT);
        assets.criticalityFilter().set(Criticality.CRITICAL);
        assertFalse(assets.shown().isEmpty());
        assertTrue(assets.shown().stream()
                .allMatch(r -> r.asset().kind() == AssetKind.PRIVILEGED_ACCOUNT
                        && r.asset().criticality() == Criticality.CRITICAL));
    }

    @Test
    void aHostilePlanIsPreviewedThenSavedAndProgressFollowsTheTasks() {
        DeparturesViewModel departures = new DeparturesViewModel(demo, tasks);
        departures.refresh();
        departures.wizard().begin("Kevin Dale");
        departures.wizard().mode().set(DepartureMode.HOSTILE);
        departures.wizard().type().set(DepartureType.CONTRACT_END);
        departures.wizard().showPlan();
        assertTrue(departures.wizard().preview().get(0).contains("[Before notifying]"));
        departures.wizard().save();
        assertEquals(1, departures.departures().size());
        assertEquals("Before notifying", departures.checklist().rows().get(0).phase());
        assertEquals(0.0, departures.checklist().progress().get());
        departures.checklist().notNeededReason().set("Already removed by the provider");
        departures.checklist().markNotNeeded(departures.checklist().rows().get(0));
        assertTrue(departures.checklist().progress().get() > 0);
        assertTrue(departures.checklist().rows().get(0).status().startsWith("Not needed: Already removed"));
        departures.checklist().reopen(departures.checklist().rows().get(0));
        assertEquals(0.0, departures.checklist().progress().get());
    }

    @Test
    void theDashboardCountsFindingsByTypeAndListsOpenDepartures() {
        DeparturesViewModel departures = new DeparturesViewModel(demo, tasks);
        departures.wizard().begin("Kevin Dale");
        departures.wizard().showPlan();
        departures.wizard().save();
        org.custodian.ui.dashboard.DashboardViewModel dashboard =
                new org.custodian.ui.dashboard.DashboardViewModel(demo, tasks);
        dashboard.refresh();
        assertTrue(dashboard.status().get().startsWith("Verified"));
        var singleHolder = dashboard.counts().stream()
                .filter(c -> c.type() == org.custodian.analysis.HygieneFindingType.SINGLE_CUSTODIAN)
                .findFirst()
                .orElseThrow();
        dashboard.open(singleHolder);
        assertEquals(singleHolder.count(), dashboard.findings().size());
        assertEquals(1, dashboard.openDepartures().size());
        assertTrue(
                dashboard.openDepartures().get(0).startsWith("Kevin Dale: contract end (friendly)"),
                dashboard.openDepartures().get(0));
    }
}
