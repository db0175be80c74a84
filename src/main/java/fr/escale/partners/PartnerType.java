package fr.escale.partners;

import java.util.List;

/** What kind of business a partner is; memberships tiers and newsletter segments use it. */
public enum PartnerType {

	HOTEL, CAMPSITE, HOLIDAY_RENTAL, BED_AND_BREAKFAST, RESTAURANT, ACTIVITY, SITE, SHOP, OTHER;

	/** The kind of business that runs an offer of these DATAtourisme classes (most specific first). */
	public static PartnerType ofOffer(List<String> offerTypes) {
		for (var type : offerTypes) {
			var kind = switch (type) {
				case "Hotel", "HotelTrade" -> HOTEL;
				case "Camping", "CampingAndCaravanning" -> CAMPSITE;
				case "Guesthouse" -> BED_AND_BREAKFAST;
				case "SelfCateringAccommodation", "RentalAccommodation", "HolidayResort" -> HOLIDAY_RENTAL;
				case "Restaurant", "FoodEstablishment" -> RESTAURANT;
				case "ActivityProvider", "SportsAndLeisurePlace" -> ACTIVITY;
				case "CulturalSite", "NaturalHeritage" -> SITE;
				case "Store" -> SHOP;
				default -> null;
			};
			if (kind != null) {
				return kind;
			}
		}
		return OTHER;
	}

	/** Accommodation counts in the quality plan's share of classified capacity. */
	public boolean isAccommodation() {
		return this == HOTEL || this == CAMPSITE || this == HOLIDAY_RENTAL || this == BED_AND_BREAKFAST;
	}

}
