package dev.authlint.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds policy sources: the bundled rules on the classpath under {@value #BUNDLED_ROOT}, and custom
 * {@code .rego} files from folders or files given by the user (recursively, sorted; {@code *_test.rego} files
 * are skipped because tests are run by {@code authlint test}, not by {@code check}).
 */
public final class PolicyLoader {

    /** Where the policies module puts the bundled rules on the classpath. */
    public static final String BUNDLED_ROOT = "authlint/policies";

    private PolicyLoader() {
    }

    /** The bundled policies, sorted by path; empty when the policies jar is not on the classpath. */
    public static List<PolicyModule> bundled(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(BUNDLED_ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(PolicyLoader::isPolicyFile).forEach(p -> names.add(BUNDLED_ROOT + "/"
                                + dir.relativize(p).toString().replace('\\', '/')));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    URLConnection c = root.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = ((JarURLConnection) c).getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String n = e.nextElement().getName();
                            if (n.startsWith(BUNDLED_ROOT + "/") && isPolicyName(n)) {
                                names.add(n);
                            }
                        }
                    }
                }
            }
            List<PolicyModule> out = new ArrayList<>();
            for (String name : names) {
                try (InputStream in = loader.getResourceAsStream(name)) {
                    if (in != null) {
                        out.add(new PolicyModule(name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                true));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bundled policies", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL for bundled policies", e);
        }
    }

    /**
     * Reads custom policies from files or folders.
     *
     * @throws PolicyException when a path does not exist or cannot be read, or holds no policy at all
     */
    public static List<PolicyModule> custom(List<Path> paths) {
        List<PolicyModule> out = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new PolicyException(path.toString(), 0, "policy path does not exist");
            }
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(PolicyLoader::isPolicyFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new PolicyException(path.toString(), 0, "cannot list policies: " + e.getMessage());
                }
                if (files.isEmpty()) {
                    throw new PolicyException(path.toString(), 0, "no .rego policies in this folder");
                }
            } else {
                files.add(path);
            }
            for (Path f : files) {
                try {
                    out.add(new PolicyModule(displayName(f), Files.readString(f, StandardCharsets.UTF_8),
                            false));
                } catch (IOException e) {
                    throw new PolicyException(f.toString(), 0, "cannot read policy: " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** The path relative to the working directory when it is inside it, so messages stay short and portable. */
    private static String displayName(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : f;
        return shown.toString().replace('\\', '/');
    }

    private static boolean isPolicyFile(Path p) {
        return Files.isRegularFile(p) && isPolicyName(p.getFileName().toString());
    }

    private static boolean isPolicyName(String name) {
        return name.endsWith(".rego") && !name.endsWith("_test.rego");
    }
}
