package org.custodian.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a new inventory's folder was before creation began, so a failed creation can take back exactly
 * what it made: the folder and any parents it had to make if it did not exist, its contents if it was
 * empty, nothing otherwise (then creation refuses the folder before writing anything). A half-made
 * folder would otherwise be refused by the next {@code init} as "not empty" and looks like an
 * inventory that will not open. Not covered: two creations racing for the same new folder, where the
 * loser's undo can remove the winner's half-made files; the winner then fails too, nothing is lost.
 */
final class NewFolder {
    private static final Logger LOG = LoggerFactory.getLogger(NewFolder.class);
    /** The outermost folder creation will make (parents included), or the folder itself if it exists. */
    private final Path top;

    private final boolean existed;
    private final boolean wasEmpty;

    private NewFolder(Path top, boolean existed, boolean wasEmpty) {
        this.top = top;
        this.existed = existed;
        this.wasEmpty = wasEmpty;
    }

    static NewFolder before(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new NewFolder(dir, true, Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isEmpty(dir));
        }
        Path top = dir;
        while (top.getParent() != null && !Files.exists(top.getParent(), LinkOption.NOFOLLOW_LINKS)) {
            top = top.getParent();
        }
        return new NewFolder(top, false, true);
    }

    /** Best effort after a failure: what cannot be removed is logged (by kind only) and left. */
    void undo() {
        if (!wasEmpty || !Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(top)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder())
                    .filter(p -> !(existed && p.equals(top)))
                    .toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Could not remove a half-created inventory folder ({})",
                    e.getClass().getSimpleName());
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
