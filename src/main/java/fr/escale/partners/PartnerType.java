package fr.escale.partners;

/** What kind of business a partner is; memberships tiers and newsletter segments use it. */
public enum PartnerType {

	HOTEL, CAMPSITE, HOLIDAY_RENTAL, BED_AND_BREAKFAST, RESTAURANT, ACTIVITY, SITE, SHOP, OTHER;

	/** Accommodation counts in the quality plan's share of classified capacity. */
	public boolean isAccommodation() {
		return this == HOTEL || this == CAMPSITE || this == HOLIDAY_RENTAL || this == BED_AND_BREAKFAST;
	}

}
