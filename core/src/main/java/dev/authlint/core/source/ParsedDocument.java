package dev.authlint.core.source;

/**
 * One YAML or JSON document: its plain Java value ({@code LinkedHashMap<String,Object>}, {@code ArrayList},
 * String, Boolean, Long, BigInteger, Double or null) and where each part of it was written.
 */
public record ParsedDocument(int index, Object value, PositionNode positions) {
}
