package dev.authlint.core.config;

/**
 * A configuration file that cannot be used: unknown key, bad value, YAML syntax error. The message names the
 * file, line and key so the user can fix it without guessing; the CLI maps it to exit code 2.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file the config file as the user named it (or relative to the scan root)
     * @param line 1-based line of the offending key or value, or 0 when unknown
     * @param message what is wrong, without the file:line prefix
     */
    public ConfigException(String file, int line, String message) {
        super((line > 0 ? file + ":" + line : file) + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
