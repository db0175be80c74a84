package fr.escale.welcome;

/** How a request reached the office. */
public enum Channel {

	DESK, PHONE, EMAIL, CHAT, OUTSIDE, KIOSK

}
