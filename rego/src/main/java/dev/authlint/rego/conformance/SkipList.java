package dev.authlint.rego.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checked-in list of conformance cases authlint deliberately does not run, each with its reason.
 *
 * <p>Format: one case per line, {@code <file> :: <note> :: <reason>}; {@code #} starts a comment line.
 * {@code <file>} is matched as a path suffix on folder boundaries ({@code opa/withkeyword/x.yaml} matches
 * {@code conformance/opa/withkeyword/x.yaml}); {@code <note>} is the case's note, with {@code #n} appended
 * when the note repeats in its file. There are no patterns: every skipped case is named.
 */
public final class SkipList {

    /** Classpath location of the bundled list. */
    public static final String RESOURCE = "/dev/authlint/rego/conformance/skip-list.txt";

    /**
     * One skipped case.
     *
     * @param file   file path suffix
     * @param note   note (with {@code #n} for repeated notes)
     * @param reason why it is skipped
     * @param line   line number in the list
     */
    public record Entry(String file, String note, String reason, int line) {
        boolean matches(ConformanceCase c) {
            String idNote = c.id().substring(c.id().indexOf(" :: ") + 4);
            return idNote.equals(note) && (c.file().equals(file) || c.file().endsWith("/" + file));
        }
    }

    private final List<Entry> entries;

    private SkipList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** An empty list: every case runs. */
    public static SkipList none() {
        return new SkipList(List.of());
    }

    /** The list shipped in the engine jar. */
    public static SkipList bundled() {
        try (InputStream in = SkipList.class.getResourceAsStream(RESOURCE)) {
            return in == null ? none() : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a list; a malformed line is an error naming its line number. */
    public static SkipList parse(InputStream in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split(" :: ", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("skip list line " + number
                        + ": expected '<file> :: <note> :: <reason>' but got: " + trimmed);
            }
            entries.add(new Entry(parts[0].strip(), parts[1].strip(), parts[2].strip(), number));
        }
        return new SkipList(entries);
    }

    /** The entry that skips {@code c}, if any. */
    public Optional<Entry> find(ConformanceCase c) {
        return entries.stream().filter(e -> e.matches(c)).findFirst();
    }

    /** All entries, in file order. */
    public List<Entry> entries() {
        return entries;
    }
}
