/**
 * The application shell: database, security, layout, errors, languages. Every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.escale.platform;
