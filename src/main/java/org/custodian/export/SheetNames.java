package org.custodian.export;

import org.apache.poi.ss.util.WorkbookUtil;

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]; names come from data, so clean them. */
final class SheetNames {
    private SheetNames() {}

    static String safe(String name) {
        return WorkbookUtil.createSafeSheetName(name, '-');
    }
}
