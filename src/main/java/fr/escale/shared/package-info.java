/**
 * Tiny value types used everywhere; no beans.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.escale.shared;
