package org.custodian.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.custodian.model.StorageException;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a workbook the way the inventory saves its own files: to an owner-only temp file beside the
 * target, forced to disk, then renamed over it. A reader sees the old report or the new one, never half,
 * and a failure leaves nothing behind at the target.
 */
public final class WorkbookFile {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbookFile.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private WorkbookFile() {}

    public static void save(Workbook workbook, Path target) {
        save(workbook, target, UnaryOperator.identity());
    }

    /** {@code wrap} lets tests put a failing stream between POI and the file. */
    static void save(Workbook workbook, Path target, UnaryOperator<OutputStream> wrap) {
        Path absolute = target.toAbsolutePath();
        if (!absolute.getFileName()
                .toString()
                .toLowerCase(java.util.Locale.ROOT)
                .endsWith(".xlsx")) {
            throw new ValidationException(java.util.List.of(
                    new Violation("out", "The report file name must end in .xlsx so Excel and LibreOffice open it")));
        }
        if (Files.isDirectory(absolute)) {
            throw new StorageException(
                    "\"" + absolute.getFileName() + "\" is a folder; give a file name ending in .xlsx.");
        }
        Path temp = ReportPartials.beside(absolute);
        ReportPartials.writing(temp);
        try {
            ReportPartials.sweepBeside(absolute);
            writeThenMove(workbook, temp, absolute, wrap);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw translate(e, absolute);
        } finally {
            ReportPartials.finished(temp);
            closeQuietly(workbook);
        }
    }

    /**
     * The temp file is owner-only from the system call that creates it, before any byte is in it, and
     * stays locked until it has been renamed: the lock is how another save tells it from one abandoned
     * by a killed process ({@link ReportPartials}).
     */
    private static void writeThenMove(Workbook workbook, Path temp, Path target, UnaryOperator<OutputStream> wrap)
            throws IOException {
        Files.deleteIfExists(temp);
        try (FileChannel channel = POSIX
                ? FileChannel.open(
                        temp,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.lock(); // released when the channel closes, after the rename
            OutputStream out = wrap.apply(Channels.newOutputStream(channel));
            workbook.write(out);
            out.flush();
            channel.force(true);
            move(temp, target);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static RuntimeException translate(Exception e, Path target) {
        if (e instanceof org.custodian.model.CustodianException known) {
            return known;
        }
        String where = target.getParent() == null ? "this folder" : "\"" + target.getParent() + "\"";
        if (e instanceof NoSuchFileException) {
            return new StorageException("Cannot write the report: the folder " + where + " does not exist.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new StorageException("Cannot write the report: no permission to write in " + where + ".", e);
        }
        LOG.warn("Writing a report failed: {}", e.getClass().getName());
        return new StorageException(
                "Cannot write the report to " + where
                        + " (the disk may be full or the folder read-only). Nothing was written.",
                e);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            LOG.warn("Could not remove a partial report file");
        }
    }

    private static void closeQuietly(Workbook workbook) {
        if (workbook instanceof SXSSFWorkbook streaming) {
            streaming.dispose();
        }
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Closing only frees memory; the streaming workbook's encrypted temp files went with dispose().
        }
    }
}
