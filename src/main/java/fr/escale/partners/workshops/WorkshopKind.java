package fr.escale.partners.workshops;

/** What kind of session the office runs for professionals. */
public enum WorkshopKind {

	WORKSHOP, SITE_VISIT, TRAINING

}
