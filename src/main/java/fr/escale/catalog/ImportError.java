package fr.escale.catalog;

/** One object an import could not take: which file, and why. */
public record ImportError(String source, String message) {
}
