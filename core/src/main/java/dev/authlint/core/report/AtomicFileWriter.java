package dev.authlint.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a half-written
 * report: the body goes to a temporary file in the target's directory, which is then renamed over the target.
 * Missing parent directories are created.
 */
public final class AtomicFileWriter {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFileWriter() {
    }

    /**
     * Replaces {@code target} with what {@code body} writes. On any failure the target is left as it was and the
     * temporary file is removed.
     *
     * @throws IOException naming the target when it is a directory, its directory cannot be created, or writing fails
     */
    public static void write(Path target, Body body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write report to " + target + ": it is a directory");
        }
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create directory " + dir + ": a file with that name exists", e);
        }
        // Same directory as the target, so the rename never crosses file systems and can be atomic.
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, tmp);
            move(tmp, file);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temp files are created owner-only; a report should look like any other file the user writes. */
    private static void copyPermissions(Path file, Path tmp) throws IOException {
        PosixFileAttributeView tmpView = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (tmpView == null) {
            return;
        }
        PosixFileAttributeView existing = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        Set<PosixFilePermission> perms = Files.exists(file) && existing != null
                ? existing.readAttributes().permissions()
                : NEW_FILE_PERMISSIONS;
        tmpView.setPermissions(perms);
    }
}
