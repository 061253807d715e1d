package dev.authlint.rego.tester;

import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Base documents assembled from {@code data.json} / {@code data.yaml} files, each placed at the path of its
 * folder relative to the root it was found under ({@code root/a/b/data.json} → {@code data.a.b}), objects
 * merged deeply ({@link DocumentFiles#merge}).
 */
final class DataTree {

    private static final Set<String> DATA_FILE_NAMES = Set.of("data.json", "data.yaml", "data.yml");

    private ObjectValue root = ObjectValue.EMPTY;

    static boolean isDataFile(Path file) {
        return DATA_FILE_NAMES.contains(file.getFileName().toString());
    }

    void add(Path base, Path file) throws IOException {
        Value document;
        try {
            document = DocumentFiles.read(file);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        Path folder = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize().getParent());
        Value placed = document;
        for (int i = folder.getNameCount() - 1; i >= 0; i--) {
            String segment = folder.getName(i).toString();
            if (!segment.isEmpty()) {
                placed = ObjectValue.builder().put(StringValue.of(segment), placed).build();
            }
        }
        if (!(placed instanceof ObjectValue object)) {
            throw new IllegalArgumentException(file + ": a data file at the root must hold an object");
        }
        try {
            root = DocumentFiles.merge(root, object);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage() + " (another data file sets it too)", e);
        }
    }

    ObjectValue toValue() {
        return root;
    }
}
