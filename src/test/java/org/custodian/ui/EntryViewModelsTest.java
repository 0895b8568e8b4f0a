package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetKind;
import org.custodian.model.Criticality;
import org.custodian.model.OrganisationKind;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.assets.AssetsViewModel;
import org.custodian.ui.organisations.OrganisationsViewModel;
import org.custodian.ui.organisations.OrganisationsViewModel.OrganisationRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-entry forms' logic without a stage, over the demo inventory with a synchronous runner. */
class EntryViewModelsTest {
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
    void anOrganisationShowsItsPeopleAndExposureAndIsEditedInPlace() {
        OrganisationsViewModel organisations = new OrganisationsViewModel(demo, tasks);
        organisations.refresh();
        OrganisationRow fellside = organisations.shown().stream()
                .filter(r -> r.name().startsWith("Fellside"))
                .findFirst()
                .orElseThrow();
        organisations.select(fellside);
        assertEquals(2, fellside.people());
        assertEquals(2, organisations.detail().people().size());
        assertTrue(organisations.detail().couldTouch().stream()
                .anyMatch(r -> r.level().equals("Can reach now")));

        organisations.editSelected();
        organisations.form().name().set("Voxline Telecom Ltd");
        organisations.form().save();
        assertEquals(
                "There is already an organisation called \"Voxline Telecom Ltd\"; choose another name",
                organisations.form().state().errors().byField().get("name"));
        organisations.form().name().set("Fellside IT");
        organisations.form().kind().set(OrganisationKind.OTHER);
        organisations.form().save();
        assertFalse(organisations.form().state().open().get());
        assertEquals(
                fellside.organisation().id(),
                demo.people().organisationNamed("Fellside IT").id());
        assertEquals("Fellside IT", organisations.detail().name().get());
        assertTrue(organisations.detail().summary().get().startsWith("Other"));
    }

    @Test
    void aKeysCopiesAndACardsLimitAreCheckedAsTheImporterChecksThem() {
        AssetsViewModel assets = new AssetsViewModel(demo, tasks);
        assets.refresh();
        assets.form().start();
        assets.form().kind().set(AssetKind.PHYSICAL_KEY);
        assets.form().name().set("Store key");
        assets.form().criticality().set(Criticality.LOW);
        assets.form().kindFields().copiesIssued().set("2");
        assets.form().kindFields().copiesReturned().set("3");
        assets.form().save();
        assertEquals(
                "Key copies returned cannot exceed copies issued",
                assets.form().state().errors().byField().get("copiesReturned"));
        assets.form().kindFields().copiesReturned().set("1");
        assets.form().links().owner().set("Priya Nair");
        assets.form().save();
        assertFalse(assets.form().state().open().get());
        assertEquals(
                demo.people().personNamed("Priya Nair").id(),
                demo.assets().assetNamed("Store key").owner());

        assets.form().start();
        assets.form().kind().set(AssetKind.PURCHASING_AUTHORITY);
        assets.form().name().set("Fuel card");
        assets.form().criticality().set(Criticality.MEDIUM);
        assets.form().kindFields().spendingLimit().set("£500");
        assets.form().save();
        assertEquals(
                "\"£500\" is not a number like 2500.00",
                assets.form().state().errors().byField().get("spendingLimit"));
        assets.form().kindFields().spendingLimit().set("500.00");
        assets.form().save();
        AssetDetails.PurchasingAuthority card = (AssetDetails.PurchasingAuthority)
                demo.assets().assetNamed("Fuel card").details();
        assertEquals(0, new BigDecimal("500").compareTo(card.spendingLimit()));
    }
}
