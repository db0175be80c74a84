/**
 * Tenants (offices) of the instance, their staff logins and roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offices", allowedDependencies = "platform")
package fr.escale.offices;
