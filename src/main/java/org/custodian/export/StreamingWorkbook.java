package org.custodian.export;

import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook for exports too large to hold in memory (the full inventory: 100,000 assets come with
 * about a million custody and grant rows; one person's exposure can run to tens of thousands). Plain SXSSF would spill rows to plaintext temp files; POI's
 * variant encrypts them (AES, a random key that lives only in this process), so the disk sees only
 * ciphertext and the temp files are deleted when the workbook is saved or abandoned.
 */
final class StreamingWorkbook {
    private StreamingWorkbook() {}

    static Workbook create() {
        return new SXSSFWorkbookWithCustomZipEntrySource();
    }
}
