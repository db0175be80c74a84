package fr.escale.welcome.sadi;

/** A movement as typed at a point; everything stays text so that a slip is shown back as typed. */
record MovementForm(String brochure, String kind, String quantity) {

	static MovementForm empty() {
		return new MovementForm("", MovementKind.HANDED_OUT.name(), "");
	}

	/** The kind chosen; null for anything else. */
	MovementKind movementKind() {
		for (var known : MovementKind.values()) {
			if (known.name().equals(kind)) {
				return known;
			}
		}
		return null;
	}

}
