package dev.authlint.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled policies are found both in a folder (IDE, reactor build) and inside a jar (the shaded CLI). */
class PolicyLoaderTest {

    @Test
    void listsBundledPoliciesFromAFolder(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("authlint/policies/rbac"));
        Files.writeString(root.resolve("RB001.rego"), "package authlint.rules.RB001\n");
        Files.writeString(root.resolve("RB001_test.rego"), "package authlint.rules.RB001_test\n");
        Files.writeString(root.resolve("notes.md"), "x");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            List<PolicyModule> ms = PolicyLoader.bundled(cl);
            assertEquals(List.of("authlint/policies/rbac/RB001.rego"), ms.stream().map(PolicyModule::name).toList());
            assertTrue(ms.get(0).bundled());
            assertEquals("package authlint.rules.RB001\n", ms.get(0).source());
        }
    }

    @Test
    void listsBundledPoliciesFromAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("policies.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (String name : List.of("authlint/policies/", "authlint/policies/lib/a.rego",
                    "authlint/policies/iam/IAM001.rego", "authlint/policies/iam/IAM001_test.rego", "other/x.rego")) {
                j.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    j.write(("package " + name.hashCode() + "\n").getBytes(StandardCharsets.UTF_8));
                }
                j.closeEntry();
            }
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("authlint/policies/iam/IAM001.rego", "authlint/policies/lib/a.rego"),
                    PolicyLoader.bundled(cl).stream().map(PolicyModule::name).toList());
        }
    }

    @Test
    void noBundledPoliciesOnTheClasspathIsEmpty() throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[0], null)) {
            assertTrue(PolicyLoader.bundled(cl).isEmpty());
        }
    }
}
