/**
 * The offer database (SIT): offers in the DATAtourisme model, imports and exports of DATAtourisme,
 * the search index, and the staff and public pages that show them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "platform", "offices", "territory" })
package fr.escale.catalog;
