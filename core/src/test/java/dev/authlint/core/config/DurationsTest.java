package dev.authlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @Test
    void parsesEachUnit() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofSeconds(10), Durations.parse("10s"));
        assertEquals(Duration.ofMinutes(2), Durations.parse(" 2M "));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "0s", "-1s", "1.5s", "10 sec", "s", "9999999999999h"})
    void refusesWhatIsNotAPositiveDurationWithAUnit(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertEquals("'" + text + "' is not " + Durations.EXPECTED, e.getMessage());
    }
}
