/**
 * The territory's reference data: communes with their INSEE codes, postal codes and centres.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory", allowedDependencies = {})
package fr.escale.territory;
