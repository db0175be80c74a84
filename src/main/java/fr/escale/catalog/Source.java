package fr.escale.catalog;

/**
 * Where an offer comes from: the organisation that wrote it (often a tourist office) and the
 * one that published it to DATAtourisme (often a regional information system).
 */
public record Source(String creator, String publisher) {

}
