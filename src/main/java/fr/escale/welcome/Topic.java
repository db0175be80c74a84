package fr.escale.welcome;

/** What a request was about; a fixed list, so that desk statistics compare year on year. */
public enum Topic {

	ACCOMMODATION, EVENTS, HIKING, CYCLING, HERITAGE, FOOD, TRANSPORT, PRACTICAL, SHOPPING, LEISURE

}
