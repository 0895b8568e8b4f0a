package org.custodian.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.custodian.model.ValidationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile files of the outside test, built small on disk at test time: each must end in seconds with a
 * clear refusal, not after minutes and gigabytes. The limit here is 10 s to stay steady on a busy two-core
 * build machine; on an idle one each ends well under a second (figures in the closing note).
 */
@Tag("slow")
class HostileSignOffFilesTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    @Test
    void aZipBombUnderPoisDefaultRatioIsRefusedBeforeItIsUnpacked() throws Exception {
        Path bomb = HostileWorkbooks.zipBomb(temp.resolve("bomb.xlsx"), 150L * 1024 * 1024);
        assertTrue(Files.size(bomb) < 3L * 1024 * 1024, "the bomb is small on disk: " + Files.size(bomb));
        ValidationException refused = assertTimeoutPreemptively(
                LIMIT, () -> assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(bomb)));
        assertTrue(refused.getMessage().contains("unpacks to far more"), refused.getMessage());
    }

    @Test
    void aMillionRowSheetStopsAtTheRowCapWithoutListingAMillionProblems() throws Exception {
        Path sheet = HostileWorkbooks.manyRows(temp.resolve("rows.xlsx"), 1_000_000);
        ValidationException refused = assertTimeoutPreemptively(
                LIMIT, () -> assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(sheet)));
        assertTrue(refused.getMessage().contains("more than 100,000 rows"), refused.getMessage());
        assertEquals(1, refused.violations().size());
    }

    @Test
    void aSheetThatUnpacksPastTheEntryLimitIsRefusedEvenAtAnOrdinaryRatio() throws Exception {
        // A pool of varied texts larger than deflate's 32 KB window keeps the ratio near 1:3 and costs little.
        Random noise = new Random(4);
        String[] texts = new String[512];
        for (int t = 0; t < texts.length; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 120; i++) {
                text.append("word")
                        .append(Integer.toString(noise.nextInt(1 << 12), 36))
                        .append(' ');
            }
            texts[t] = text.toString();
        }
        Path big = HostileWorkbooks.write(
                temp.resolve("big.xlsx"), java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), (out, first) -> {
                    for (int r = first; r < first + 40_000; r++) {
                        out.write("<row r=\"" + r + "\"><c r=\"E" + r + "\" t=\"inlineStr\"><is><t>" + texts[r % 512]
                                + "</t></is></c></row>");
                    }
                });
        assertTrue(Files.size(big) < SignOffWorkbookReader.MAX_BYTES, "under the 20 MB file limit: " + Files.size(big));
        ValidationException refused = assertTimeoutPreemptively(
                LIMIT, () -> assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(big)));
        assertTrue(refused.getMessage().contains("unpacks to far more"), refused.getMessage());
    }

    @Test
    void thePartsPoiParsesWholeWhenItOpensAFileAreMeasuredFirst() throws Exception {
        Path bloated = HostileWorkbooks.bloatedContentTypes(temp.resolve("types.xlsx"), 8L * 1024 * 1024);
        ValidationException refused = assertTimeoutPreemptively(
                LIMIT, () -> assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(bloated)));
        assertTrue(refused.getMessage().contains("unpacks to far more"), refused.getMessage());
    }
}
