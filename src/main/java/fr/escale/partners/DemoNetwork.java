package fr.escale.partners;

/** The partner network's demo: the pro login, given to the first demo partner. */
public final class DemoNetwork {

	/** The demo pro login, given to the first demo partner. */
	public static final String LOGIN = "pro@escale.local";

	private DemoNetwork() {
	}

}
