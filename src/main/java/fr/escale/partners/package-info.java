/**
 * The partner network: the businesses of the territory, their pro space, memberships, quality
 * plan, workshops and the pro newsletter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners",
		allowedDependencies = { "platform", "offices", "catalog", "territory" })
package fr.escale.partners;
