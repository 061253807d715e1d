package dev.authlint.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} (dir={2}) = {3}")
    @CsvSource({
            "*.yaml,         a.yaml,            false, true",
            "*.yaml,         x/y/a.yaml,        false, true",
            "*.yaml,         a.yml,             false, false",
            "/a.yaml,        a.yaml,            false, true",
            "/a.yaml,        x/a.yaml,          false, false",
            "x/a.yaml,       x/a.yaml,          false, true",
            "x/a.yaml,       y/x/a.yaml,        false, false",
            "build/,         build,             true,  true",
            "build/,         build,             false, false",
            "build/,         a/build,           true,  true",
            "**/foo,         foo,               false, true",
            "**/foo,         a/b/foo,           false, true",
            "a/**/b,         a/b,               false, true",
            "a/**/b,         a/x/y/b,           false, true",
            "a/**,           a/x/y,             false, true",
            "a/**,           a,                 true,  false",
            "?.yaml,         a.yaml,            false, true",
            "?.yaml,         ab.yaml,           false, false",
            "[ab].yaml,      b.yaml,            false, true",
            "[!ab].yaml,     b.yaml,            false, false",
            "[!ab].yaml,     c.yaml,            false, true",
            "a*b,            a/b,               false, false",
            "**/*.yaml,      a.yaml,            false, true",
            "**/*.yaml,      d/e/a.yaml,        false, true",
    })
    void matches(String pattern, String path, boolean directory, boolean expected) {
        assertEquals(expected, PathPattern.parse(pattern).matches(path, directory));
    }

    @Test
    void unusablePatternsAreUsageErrorsInOptionsAndSkippedInGitignore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScanOptions.defaults().withIncludes(List.of("[z-a].yaml")));
        assertTrue(e.getMessage().contains("[z-a].yaml"), e.getMessage());
        IgnoreRules rules = IgnoreRules.parse("", "", "[z-a]\n*.tmp\n");
        assertEquals(Boolean.TRUE, rules.decide("x.tmp", false));
    }

    @Test
    void commentsBlankLinesAndEscapes() {
        assertNull(PathPattern.parse("# comment"));
        assertNull(PathPattern.parse("   "));
        assertEquals(true, PathPattern.parse("\\#x").matches("#x", false));
        assertEquals(true, PathPattern.parse("\\!x").matches("!x", false));
        assertEquals(true, PathPattern.parse("!x").negated());
        assertEquals(true, PathPattern.parse("a\\ ").matches("a ", false));
    }
}
