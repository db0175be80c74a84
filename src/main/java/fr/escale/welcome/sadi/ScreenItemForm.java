package fr.escale.welcome.sadi;

/** An item for a screen as typed: an offer picked in the catalogue, or a message; dates as typed. */
record ScreenItemForm(String offer, String message, String startsOn, String endsOn) {

	static ScreenItemForm empty() {
		return new ScreenItemForm("", "", "", "");
	}

}
