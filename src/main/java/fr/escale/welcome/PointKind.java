package fr.escale.welcome;

/** What an information point is: an office desk, a relay at a partner, a kiosk, a screen, a pop-up desk. */
public enum PointKind {

	DESK, RELAY, KIOSK, SCREEN, POPUP

}
