package fr.escale.partners;

import java.util.Optional;

import fr.escale.offices.Office;
import fr.escale.offices.Offices;
import fr.escale.platform.EscaleProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * What every part of the partner network's demo asks before it fills the demo office: whether to
 * fill it at all on this start, and which partner the demo pro login belongs to.
 */
@Component
public class DemoNetwork {

	/** The demo pro login, given to the first demo partner. */
	public static final String LOGIN = "pro@escale.local";

	private final EscaleProperties properties;

	private final Offices offices;

	DemoNetwork(EscaleProperties properties, Offices offices) {
		this.properties = properties;
		this.offices = offices;
	}

	/** The demo office to fill on this start: none when ESCALE_DEMO=false or Escale runs a command. */
	public Optional<Office> office(ApplicationArguments args) {
		if (!properties.demo() || !args.getNonOptionArgs().isEmpty()) {
			return Optional.empty();
		}
		return offices.bySlug("demo");
	}

}
