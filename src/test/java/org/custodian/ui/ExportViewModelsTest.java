package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.model.NotFoundException;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.service.ReachQuery;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.departures.DeparturesViewModel;
import org.custodian.ui.people.PeopleViewModel;
import org.custodian.ui.reports.ReportsViewModel;
import org.custodian.ui.reports.ReportsViewModel.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports, the sign-off import and the one-read reach counts, without a stage. */
class ExportViewModelsTest {
    @TempDir
    Path temp;

    private Inventory demo;
    private RecordingFilePicker picker;
    private final TaskRunner tasks = TaskRunner.synchronous();

    @BeforeEach
    void openDemo() {
        demo = new InventoryFiles(KdfPolicy.fastForTests(), DesktopTest.CLOCK, "tester")
                .createDemo(temp.resolve("demo"));
        picker = new RecordingFilePicker(temp.resolve("out"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void anExportSaysWhereItWentAndAFailureSaysWhatToDo() {
        ExportModel export = new ExportModel(tasks, picker);
        export.export("a thing", "a thing: today?.xlsx", path -> {});
        assertEquals(java.util.List.of("a-thing-today-.xlsx"), picker.asked, "the suggested name is a safe file name");
        assertEquals(
                picker.folder.resolve("a-thing-today-.xlsx"), export.saved().get());
        assertEquals("Saved a thing to a-thing-today-.xlsx.", export.message().get());
        assertFalse(export.busy().get());
        export.openFile();
        assertEquals(java.util.List.of(export.saved().get()), picker.opened);

        export.export("a thing", "x.xlsx", path -> {
            throw new NotFoundException("That departure is not in this inventory.");
        });
        assertNull(export.saved().get());
        assertTrue(
                export.error().get().startsWith("That departure is not in this inventory."),
                export.error().get());
        assertFalse(export.busy().get());

        ExportModel cancelled = new ExportModel(tasks, FilePicker.none());
        cancelled.export("a thing", "x.xlsx", path -> fail("nothing is written when the dialog is cancelled"));
        assertEquals("", cancelled.message().get());
    }

    @Test
    void theReachCountsOfOneReadMatchEachPersonsOwnExposure() {
        var counts = demo.exposure().reachCounts();
        for (var person : demo.people().people()) {
            assertEquals(
                    demo.exposure()
                            .exposureOf(person.id(), ReachQuery.today())
                            .reaches()
                            .size(),
                    counts.get(person.id()),
                    person.name());
        }
        PeopleViewModel people = new PeopleViewModel(demo, tasks);
        people.refresh();
        var kevin = people.people().stream()
                .filter(r -> r.name().equals("Kevin Dale"))
                .findFirst()
                .orElseThrow();
        assertTrue(kevin.reachable() > 0);
        assertEquals((int) counts.get(kevin.person().id()), kevin.reachable());
    }

    @Test
    void theDeparturePlanIsExportedAndABadSignOffFileIsRefusedPlainly() throws Exception {
        DeparturesViewModel departures = new DeparturesViewModel(demo, tasks, picker);
        departures.wizard().begin("Kevin Dale");
        departures.wizard().mode().set(DepartureMode.HOSTILE);
        departures.wizard().type().set(DepartureType.CONTRACT_END);
        departures.wizard().showPlan();
        departures.wizard().save();
        departures.exportSelected();
        Path exported = departures.export().saved().get();
        assertNotNull(exported, departures.export().error().get());
        assertTrue(exported.getFileName().toString().startsWith("departure-Kevin-Dale-"));
        assertTrue(Files.size(exported) > 0);

        picker.toOpen = exported;
        departures.signOff().choose();
        assertTrue(
                departures.signOff().message().get().startsWith("The workbook changes nothing"),
                departures.signOff().message().get());
        assertFalse(departures.signOff().ready().get());

        picker.toOpen = Files.writeString(temp.resolve("fake.xlsx"), "hello");
        departures.signOff().choose();
        assertFalse(departures.signOff().message().get().isBlank());
        assertFalse(departures.signOff().ready().get());
        departures.signOff().apply();
        assertEquals(
                0,
                departures.checklist().rows().stream()
                        .filter(t -> "Done".equals(t.status()))
                        .count());
    }

    @Test
    void reportsNeedTheirChoiceThenSave() {
        ReportsViewModel reports = new ReportsViewModel(demo, tasks, picker);
        reports.refresh();
        assertTrue(reports.people().contains("Kevin Dale"));
        assertFalse(reports.assets().isEmpty());
        reports.save(Report.WHO_CAN_TOUCH);
        assertEquals("Choose an asset first.", reports.export().error().get());
        assertTrue(picker.asked.isEmpty());
        reports.asset().set(reports.assets().get(0));
        reports.save(Report.WHO_CAN_TOUCH);
        reports.save(Report.KEY_REGISTER);
        reports.save(Report.INVENTORY);
        assertEquals(3, picker.asked.size());
        for (String name : picker.asked) {
            assertTrue(Files.exists(picker.folder.resolve(name)), name);
        }
        reports.saveLast();
        assertEquals(4, picker.asked.size());
        assertTrue(picker.asked.get(3).startsWith("inventory-"));
    }

    @Test
    void providerExposureAsOfAPastDayIsSavedWithItsOptions() {
        ReportsViewModel reports = new ReportsViewModel(demo, tasks, picker);
        reports.refresh();
        reports.save(Report.ORGANISATION_EXPOSURE);
        assertEquals("Choose an organisation first.", reports.export().error().get());
        assertTrue(
                reports.organisations().contains("Fellside IT Services Ltd"),
                reports.organisations().toString());
        reports.organisation().set("Fellside IT Services Ltd");
        reports.asOf().set(demo.today().minusYears(1));
        reports.includeNoLonger().set(true);
        reports.save(Report.ORGANISATION_EXPOSURE);
        assertEquals(1, picker.asked.size());
        assertTrue(Files.exists(picker.folder.resolve(picker.asked.get(0))));
    }
}
