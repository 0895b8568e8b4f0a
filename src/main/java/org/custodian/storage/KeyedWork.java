package org.custodian.storage;

/**
 * Work that needs an inventory's folder, its current header and its keys. Its own type, so that both an
 * open {@link Database} and {@link InventoryBackups} (for a folder that is not open) can run it without
 * depending on each other.
 */
interface KeyedWork<T> {
    T apply(InventoryFolder folder, InventoryHeader header, KeyRing keys);
}
