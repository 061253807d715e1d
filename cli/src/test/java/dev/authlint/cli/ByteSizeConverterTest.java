package dev.authlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ByteSizeConverterTest {

    private final ByteSizeConverter c = new ByteSizeConverter();

    @Test
    void binaryUnits() {
        assertEquals(1048576L, c.convert("1048576"));
        assertEquals(512L * 1024, c.convert("512KiB"));
        assertEquals(5L << 20, c.convert("5MiB"));
        assertEquals(5L << 20, c.convert("5m"));
        assertEquals(2L << 30, c.convert(" 2 GiB "));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(TypeConversionException.class, () -> c.convert("ten"));
        assertThrows(TypeConversionException.class, () -> c.convert("0"));
        assertThrows(TypeConversionException.class, () -> c.convert("-5MiB"));
        assertThrows(TypeConversionException.class, () -> c.convert("99999999999999GiB"));
        assertThrows(TypeConversionException.class, () -> c.convert("5TiB"));
    }
}
