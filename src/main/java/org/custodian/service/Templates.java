package org.custodian.service;

import java.nio.file.Path;
import org.custodian.export.TemplateWorkbook;
import org.custodian.export.WorkbookFile;

/** The template workbook to fill in for {@code import organisations | people | assets}; needs no inventory. */
public final class Templates {
    private Templates() {}

    /** Writes it the way every report is written: whole or not at all (see {@link WorkbookFile}). */
    public static void write(Path out) {
        WorkbookFile.save(TemplateWorkbook.build(), out);
    }
}
