package org.custodian.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The screens the sidebar leads to, in sidebar order. */
public enum Section {
    DASHBOARD(
            "Dashboard",
            "What needs attention: hygiene findings, renewals, rotations, open departures",
            MaterialDesignV.VIEW_DASHBOARD),
    PEOPLE("People", "Everyone who can hold access, and what each could touch", MaterialDesignA.ACCOUNT_MULTIPLE),
    ORGANISATIONS(
            "Organisations",
            "Providers, banks, vendors and alarm companies: their people and what they could touch",
            MaterialDesignD.DOMAIN),
    ASSETS("Assets", "Accounts, secrets, keys, codes and cards, and who can touch each", MaterialDesignK.KEY_VARIANT),
    GROUPS("Groups", "Groups and organisations, and their members over time", MaterialDesignA.ACCOUNT_GROUP),
    DEPARTURES("Departures", "Departure plans and their progress", MaterialDesignE.EXIT_RUN),
    REPORTS(
            "Reports",
            "Excel reports: exposure, who can touch, hygiene, key register, the full inventory",
            MaterialDesignF.FILE_CHART),
    AUDIT("Audit log", "Every change, who made it and when", MaterialDesignH.HISTORY),
    BACKUPS("Backups", "Every backup, verified, and restoring one into a new folder", MaterialDesignB.BACKUP_RESTORE);

    final String title;
    final String tooltip;
    final Ikon icon;

    Section(String title, String tooltip, Ikon icon) {
        this.title = title;
        this.tooltip = tooltip;
        this.icon = icon;
    }
}
