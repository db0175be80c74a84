package fr.escale.welcome.sadi;

/** What happened to a point's stock of a brochure: a delivery (+N), brochures handed out (−N), a count (= N). */
public enum MovementKind {

	DELIVERED, HANDED_OUT, COUNTED

}
