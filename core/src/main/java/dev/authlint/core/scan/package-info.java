/**
 * The scanner façade ({@link dev.authlint.core.scan.Scanner}): which files to read (arguments, includes,
 * excludes, .gitignore semantics, symbolic links), reading them within a size cap, and turning every problem
 * into an IO001–IO005 finding ({@link dev.authlint.core.scan.InputProblem}).
 */
package dev.authlint.core.scan;
