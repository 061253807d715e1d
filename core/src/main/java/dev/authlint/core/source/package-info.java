/**
 * Reading text: decoding bytes ({@link dev.authlint.core.source.DecodedText}), parsing YAML and JSON into plain
 * values with a position for every key and value ({@link dev.authlint.core.source.YamlLoader},
 * {@link dev.authlint.core.source.JsonLoader}, {@link dev.authlint.core.source.PositionNode}) under safety
 * limits ({@link dev.authlint.core.source.ParseLimits}), and mapping positions inside string values back to
 * their file ({@link dev.authlint.core.source.EmbeddedText}).
 */
package dev.authlint.core.source;
