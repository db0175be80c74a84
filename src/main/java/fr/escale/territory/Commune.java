package fr.escale.territory;

import java.util.List;

/** A French commune, known by its INSEE code (5 characters: "37261" is Tours). */
public record Commune(String code, String name, String department, List<String> postalCodes, Double latitude,
		Double longitude, int population) {
}
