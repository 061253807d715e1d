package dev.authlint.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses sizes such as {@code 1048576}, {@code 512KiB}, {@code 5MiB}, {@code 1G} (binary units). */
public final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a size (examples: 1048576, 512KiB, 5MiB)");
        }
        int shift = switch (m.group(2)) {
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            case "g", "gb", "gib" -> 30;
            default -> 0;
        };
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large");
        }
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be positive and below 8 EiB");
        }
        return n << shift;
    }
}
