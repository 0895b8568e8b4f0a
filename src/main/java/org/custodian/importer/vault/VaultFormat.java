package org.custodian.importer.vault;

/** The vault files Custodian reads, and how a value location names them. */
public enum VaultFormat {
    KEEPASS("KeePass file", "group"),
    KEEPASSXC_CSV("KeePassXC export", "group"),
    BITWARDEN("Bitwarden export", "folder");

    private final String fileLabel;
    private final String folderLabel;

    VaultFormat(String fileLabel, String folderLabel) {
        this.fileLabel = fileLabel;
        this.folderLabel = folderLabel;
    }

    /** "KeePass file IT.kdbx, group Servers/Linux"; a Bitwarden collection says so itself. */
    public String location(String fileName, String folder) {
        String where = fileLabel + " " + fileName;
        if (folder == null || folder.isEmpty()) {
            return where;
        }
        return folder.startsWith("collection ") ? where + ", " + folder : where + ", " + folderLabel + " " + folder;
    }
}
