package dev.authlint.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private List<String> files(ScanOptions options, String... args) {
        ScanResult r = new Scanner(options.withWorkingDirectory(dir)).scan(List.of(args), null);
        return r.files().stream().map(SourceFile::relativePath).toList();
    }

    @Test
    void defaultIncludesAndExcludesInPathOrder() throws IOException {
        for (String f : List.of("b.yaml", "a.yml", "c.json", "notes.txt", "z/deep/x.yaml", "target/gen.yaml",
                "node_modules/m.json", "vendor/v.yaml", ".git/config.yaml", "sub/target/t.yaml")) {
            write(f, "a: 1\n");
        }
        assertEquals(List.of("a.yml", "b.yaml", "c.json", "z/deep/x.yaml"), files(ScanOptions.defaults(), "."));
    }

    @Test
    void gitignoreSemantics() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write(".gitignore", "# generated\n*.gen.yaml\n!keep.gen.yaml\n/rooted.yaml\nbuild/\ndocs/**/draft-*.yaml\n"
                + "trailing.yaml   \n\\#hash.yaml\n");
        write(".git/info/exclude", "private.yaml\n");
        write("sub/.gitignore", "local.yaml\n!rooted.yaml\n!/again.gen.yaml\n");
        for (String f : List.of("a.gen.yaml", "keep.gen.yaml", "rooted.yaml", "sub/rooted.yaml", "build/x.yaml",
                "sub/build/y.yaml", "docs/a/b/draft-1.yaml", "docs/final.yaml", "trailing.yaml", "#hash.yaml",
                "private.yaml", "sub/local.yaml", "sub/again.gen.yaml", "sub/other.gen.yaml", "ok.yaml")) {
            write(f, "a: 1\n");
        }
        Files.createDirectories(dir.resolve("buildx"));
        write("buildx/kept.yaml", "a: 1\n");
        assertEquals(List.of("buildx/kept.yaml", "docs/final.yaml", "keep.gen.yaml", "ok.yaml",
                "sub/again.gen.yaml", "sub/rooted.yaml"), files(ScanOptions.defaults(), "."));
        assertEquals(16, files(ScanOptions.defaults().withRespectGitignore(false), ".").size());
    }

    @Test
    void gitignoreAboveTheScannedDirectoryApplies() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write(".gitignore", "clusters/prod/secret.yaml\n*.local.yaml\n");
        write("clusters/prod/secret.yaml", "a: 1\n");
        write("clusters/prod/x.local.yaml", "a: 1\n");
        write("clusters/prod/aws-auth.yaml", "a: 1\n");
        assertEquals(List.of("clusters/prod/aws-auth.yaml"), files(ScanOptions.defaults(), "clusters/prod"));
    }

    @Test
    void includeAndExcludeOptions() throws IOException {
        for (String f : List.of("a.yaml", "rbac/r.yaml", "rbac/test/t.yaml", "iam/p.json", "x.yaml.tmpl")) {
            write(f, "a: 1\n");
        }
        assertEquals(List.of("rbac/r.yaml"),
                files(ScanOptions.defaults().withIncludes(List.of("rbac/*.yaml")), "."));
        assertEquals(List.of("a.yaml", "iam/p.json"),
                files(ScanOptions.defaults().withExcludes(List.of("rbac/")), "."));
        assertEquals(List.of("a.yaml", "iam/p.json", "rbac/r.yaml"),
                files(ScanOptions.defaults().withExcludes(List.of("test")), "."));
        assertEquals(List.of("x.yaml.tmpl"), files(ScanOptions.defaults().withIncludes(List.of("*.tmpl")), "."));
    }

    @Test
    void explicitFileIsScannedWhateverItsNameAndDuplicatesAreDropped() throws IOException {
        write("manifest.txt", "kind: ConfigMap\n");
        write("a.yaml", "a: 1\n");
        assertEquals(List.of("manifest.txt", "a.yaml"), files(ScanOptions.defaults(), "manifest.txt", ".", "a.yaml"));
    }

    @Test
    void missingArgumentIsAFinding() {
        ScanResult r = new Scanner(ScanOptions.defaults().withWorkingDirectory(dir)).scan(List.of("nope.yaml"), null);
        assertEquals(1, r.findings().size());
        assertEquals("IO004", r.findings().get(0).ruleId());
        assertTrue(r.findings().get(0).message().contains("no such file"));
    }

    @Test
    void stdinIsReadUnderItsName() {
        String role = "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\nrules: []\n";
        ScanResult r = new Scanner(ScanOptions.defaults().withWorkingDirectory(dir).withStdinName("rendered.yaml"))
                .scan(List.of("-"), new ByteArrayInputStream(role.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.documents().size());
        assertEquals("rendered.yaml", r.documents().get(0).file());
        assertEquals("rbac", r.documents().get(0).kind());
    }

    @Test
    void helmTemplatesAreSkippedWithANote() throws IOException {
        write("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        write("chart/templates/role.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n"
                + "metadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\nrules: []\n{{- end }}\n");
        write("chart/values.yaml", "x: true\n");
        ScanResult r = new Scanner(ScanOptions.defaults().withWorkingDirectory(dir)).scan(List.of("."), null);
        assertEquals(List.of(), r.findings());
        assertEquals(1, r.notifications().size());
        assertEquals("note", r.notifications().get(0).level());
        assertEquals("chart/templates/role.yaml", r.notifications().get(0).location().file());
        assertEquals(List.of("chart/Chart.yaml", "chart/values.yaml"),
                r.documents().stream().map(d -> d.file()).toList());
    }
}
