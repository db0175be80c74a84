/**
 * The catalogue search (position, radius, day, types): other modules may ask it, e.g. the desk's
 * assistant for offers open today near a place.
 */
@org.springframework.modulith.NamedInterface("search")
package fr.escale.catalog.search;
