package dev.authlint.core.check;

import dev.authlint.core.model.DocumentEnvelope;
import dev.authlint.core.policy.InputDocument;
import dev.authlint.core.scan.ScanOptions;
import dev.authlint.core.scan.ScanResult;
import dev.authlint.core.scan.Scanner;
import dev.authlint.core.source.SourceFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adapts authlint's {@link Scanner} to the check pipeline. */
public final class ScannerInputScanner implements InputScanner {

    @Override
    public ScannedInput scan(List<String> paths, InputStream stdin, ScanSettings settings) {
        ScanOptions opts = ScanOptions.defaults().withStdinName(settings.stdinName());
        if (!settings.include().isEmpty()) {
            opts = opts.withIncludes(settings.include());
        }
        if (!settings.exclude().isEmpty()) {
            opts = opts.withExcludes(settings.exclude());
        }
        if (settings.maxFileBytes() != null) {
            opts = opts.withMaxFileBytes(settings.maxFileBytes());
        }
        ScanResult r = new Scanner(opts).scan(paths, stdin);
        List<InputDocument> docs = new ArrayList<>(r.documents().size());
        for (DocumentEnvelope d : r.documents()) {
            docs.add(new InputDocument(d.file(), d.envelope(), d::locate));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        for (SourceFile f : r.files()) {
            checked.add(f.relativePath());
            if (f.hasText()) {
                texts.put(f.relativePath(), f.text());
            }
        }
        return new ScannedInput(docs, r.findings(), r.notifications(), texts, checked);
    }
}
