/**
 * The welcome desk: the information points of the territory (SADI) and the requests counsellors
 * log there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Welcome",
		allowedDependencies = { "platform", "offices", "catalog", "catalog :: search", "territory" })
package fr.escale.welcome;
