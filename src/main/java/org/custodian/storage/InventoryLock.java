package org.custodian.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.custodian.model.InventoryInUseException;
import org.custodian.model.StorageException;

/** An OS lock held while the inventory is open; the OS releases it if the process dies. */
final class InventoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InventoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InventoryLock acquire(Path file) {
        return lock(file, false);
    }

    /**
     * For a folder this user cannot write: a shared lock on the lock file if there is one (so a writer
     * elsewhere is still noticed), none if there is not — nobody can change what nobody can write.
     */
    static InventoryLock shared(Path file) {
        return java.nio.file.Files.exists(file) ? lock(file, true) : new InventoryLock(null, null);
    }

    private static InventoryLock lock(Path file, boolean shared) {
        FileChannel channel = null;
        try {
            if (shared) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            } else {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                SecureFiles.restrictFile(file);
            }
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                throw inUse(channel);
            }
            return new InventoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw inUse(channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException(
                    "Could not lock the inventory (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    private static InventoryInUseException inUse(FileChannel channel) {
        closeQuietly(channel);
        return new InventoryInUseException("This inventory is already open in another Custodian window or command.");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock is released with the channel either way
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }
}
