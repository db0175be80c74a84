package fr.escale.welcome;

/** Who the visitors are to each other. */
public enum PartyKind {

	ALONE, COUPLE, FAMILY, FRIENDS, GROUP

}
