package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.custodian.model.AssetKind;
import org.custodian.model.Criticality;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.assets.AssetsViewModel;
import org.custodian.ui.departures.DeparturesViewModel;
import org.custodian.ui.people.PeopleViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screens' logic without a stage: view models over the demo inventory with a synchronous runner. */
class ViewModelsTest {
    @TempDir Path temp;
    private Inventory demo;
    private final TaskRunner tasks = TaskRunner.synchronous();

    @BeforeEach
    void openDemo() {
        demo = new InventoryFiles(KdfPolicy.fastForTests(), DesktopTest.CLOCK, "tester").createDemo(temp.resolve("demo"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void searchingPeopleMatchesNamesAndOrganisations() {
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.refresh();
        int everyone = people.shown.size();
        people.search.set("fellside");
        assertTrue(people.shown.size() < everyone && !people.shown.isEmpty());
        assertTrue(people.shown.stream().allMatch(r -> r.organisation().startsWith("Fellside")));
    }

    @Test
    void choosingAPersonLoadsWhatTheyCouldTouchWithPaths() {
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.refresh();
        people.selected.set(people.people.stream().filter(r -> r.name().equals("Kevin Dale")).findFirst().orElseThrow());
        assertEquals("Kevin Dale", people.detail.name.get());
        assertTrue(people.detail.couldTouch.stream().anyMatch(r -> r.route().equals("Indirect")
                && r.steps().get(0).equals("Kevin Dale")));
        assertFalse(people.detail.custody.isEmpty());
    }

    @Test
    void aPersonWithoutANameIsRefusedWithTheMessageOnTheNameField() {
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.form.start();
        people.form.save();
        assertEquals("A person needs a name", people.form.errors.byField.get("name"));
        assertTrue(people.form.open.get());
    }

    @Test
    void anAssetFormReportsEachBadFieldAndSavesOnceCorrected() {
        AssetsViewModel assets = new AssetsViewModel(demo, tasks);
        assets.refresh();
        int before = assets.assets.size();
        assets.form.start();
        assets.form.kind.set(AssetKind.PHYSICAL_KEY);
        assets.form.name.set("Store room key");
        assets.form.copiesIssued.set("two");
        assets.form.save();
        assertEquals("Enter a whole number", assets.form.errors.byField.get("copiesIssued"));
        assertNotNull(assets.form.errors.byField.get("criticality"));
        assets.form.copiesIssued.set("2");
        assets.form.criticality.set(Criticality.MEDIUM);
        assets.form.save();
        assertFalse(assets.form.open.get());
        assertEquals(before + 1, assets.assets.size());
        assertEquals("Store room key", assets.selected.get().name());
    }

    @Test
    void filtersCombineKindAndCriticality() {
        AssetsViewModel assets = new AssetsViewModel(demo, tasks);
        assets.refresh();
        assets.kindFilter.set(AssetKind.PRIVILEGED_ACCOUNT);
        assets.criticalityFilter.set(Criticality.CRITICAL);
        assertFalse(assets.shown.isEmpty());
        assertTrue(assets.shown.stream().allMatch(r -> r.asset().kind() == AssetKind.PRIVILEGED_ACCOUNT
                && r.asset().criticality() == Criticality.CRITICAL));
    }

    @Test
    void aHostilePlanIsPreviewedThenSavedAndProgressFollowsTheTasks() {
        DeparturesViewModel departures = new DeparturesViewModel(demo, tasks);
        departures.refresh();
        departures.wizard.begin("Kevin Dale");
        departures.wizard.mode.set(DepartureMode.HOSTILE);
        departures.wizard.type.set(DepartureType.CONTRACT_END);
        departures.wizard.showPlan();
        assertTrue(departures.wizard.preview.get(0).contains("[Before notifying]"));
        departures.wizard.save();
        assertEquals(1, departures.departures.size());
        assertEquals("Before notifying", departures.checklist.get(0).phase());
        assertEquals(0.0, departures.progress.get());
        departures.notNeededReason.set("Already removed by the provider");
        departures.markNotNeeded(departures.checklist.get(0));
        assertTrue(departures.progress.get() > 0);
        assertTrue(departures.checklist.get(0).status().startsWith("Not needed: Already removed"));
        departures.reopen(departures.checklist.get(0));
        assertEquals(0.0, departures.progress.get());
    }

    @Test
    void theDashboardCountsFindingsByTypeAndListsOpenDepartures() {
        DeparturesViewModel departures = new DeparturesViewModel(demo, tasks);
        departures.wizard.begin("Kevin Dale");
        departures.wizard.showPlan();
        departures.wizard.save();
        org.custodian.ui.dashboard.DashboardViewModel dashboard =
                new org.custodian.ui.dashboard.DashboardViewModel(demo, tasks);
        dashboard.refresh();
        assertTrue(dashboard.status.get().startsWith("Verified"));
        var singleHolder = dashboard.counts.stream()
                .filter(c -> c.type() == org.custodian.analysis.HygieneFindingType.SINGLE_CUSTODIAN).findFirst().orElseThrow();
        dashboard.open(singleHolder);
        assertEquals(singleHolder.count(), dashboard.findings.size());
        assertEquals(1, dashboard.openDepartures.size());
        assertTrue(dashboard.openDepartures.get(0).startsWith("Kevin Dale: contract end (friendly)"),
                dashboard.openDepartures.get(0));
    }
}
