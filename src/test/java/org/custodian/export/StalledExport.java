package org.custodian.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A separate process that saves a report through the real {@link WorkbookFile} and stalls part-way,
 * so a test can find its partial file live and then kill it with {@code kill -9}.
 */
final class StalledExport {
    static final String STALLED = "stalled";

    private StalledExport() {}

    public static void main(String[] args) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        var sheet = workbook.createSheet("People");
        for (int row = 0; row < 2_000; row++) {
            sheet.createRow(row).createCell(0).setCellValue("Plaintext person " + row);
        }
        WorkbookFile.save(workbook, Path.of(args[0]), out -> new Stalling(out));
    }

    /** Passes the first bytes through, says so, then waits to be killed. */
    private static final class Stalling extends FilterOutputStream {
        private long written;

        Stalling(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            if (++written == 4_096) {
                out.flush();
                System.out.println(STALLED);
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
