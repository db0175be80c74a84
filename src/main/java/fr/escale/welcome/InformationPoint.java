package fr.escale.welcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A place where the territory welcomes and informs visitors.
 *
 * @param startsOn for a pop-up desk, the first day it runs
 * @param endsOn for a pop-up desk, the last day it runs
 */
public record InformationPoint(UUID id, String name, PointKind kind, String communeCode, Double latitude,
		Double longitude, String openingHours, String runBy, LocalDate startsOn, LocalDate endsOn, boolean active) {

	public InformationPoint withId(UUID newId) {
		return new InformationPoint(newId, name, kind, communeCode, latitude, longitude, openingHours, runBy, startsOn,
				endsOn, active);
	}

}
