package fr.escale.welcome.web;

import java.time.LocalDate;

import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.PointKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An information point as typed: coordinates and dates stay text so that a slip is shown back as typed;
 * the commune is a name or an INSEE code. The controller checks them all.
 */
record PointForm(@NotBlank @Size(max = 200) String name, @NotNull PointKind kind, @Size(max = 100) String commune,
		String latitude, String longitude,
		@Size(max = 500) String openingHours, @Size(max = 200) String runBy,
		String startsOn, String endsOn, boolean active) {

	static PointForm empty() {
		return new PointForm("", PointKind.DESK, "", "", "", "", "", "", "", true);
	}

	static PointForm of(InformationPoint point, String communeName) {
		return new PointForm(point.name(), point.kind(), communeName, text(point.latitude()), text(point.longitude()),
				point.openingHours(), point.runBy(), text(point.startsOn()), text(point.endsOn()), point.active());
	}

	InformationPoint point(String communeCode, Double lat, Double lon, LocalDate from, LocalDate to) {
		// A hand-made request may leave the name out: the form is then shown again with its error, not a 500.
		return new InformationPoint(null, name == null ? null : name.strip(), kind, communeCode, lat, lon, blankToNull(openingHours),
				blankToNull(runBy), from, to, active);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
