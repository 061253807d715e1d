package dev.authlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void createsParentDirectoriesAndWritesContent() throws IOException {
        Path target = dir.resolve("a/b/report.json");
        AtomicFileWriter.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{}\n", Files.readString(target));
        assertEquals(1, listing(target.getParent()), "no temporary file is left behind");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old content that is longer than the new one");
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void failureKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("half a rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(1, listing(dir));
    }

    @Test
    void refusesADirectoryTarget() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> { }));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void reportsAFileInPlaceOfTheParentDirectory() throws IOException {
        Files.writeString(dir.resolve("out"), "x");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(dir.resolve("out/r.json"), out -> { }));
    }

    @Test
    void newFilesAreReadableByOthersLikeAnyOutputFile() throws IOException {
        Path target = dir.resolve("r.sarif");
        AtomicFileWriter.write(target, out -> out.write('x'));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ));
        }
        assertFalse(Files.isDirectory(target));
    }

    private static long listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }
}
