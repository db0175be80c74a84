package fr.escale.offices;

import java.util.Optional;

import fr.escale.platform.EscaleProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * What every module's demo asks before it fills the demo office that the first start creates: whether to fill it at
 * all on this start.
 */
@Component
public class DemoOffice {

	private final EscaleProperties properties;

	private final Offices offices;

	DemoOffice(EscaleProperties properties, Offices offices) {
		this.properties = properties;
		this.offices = offices;
	}

	/** The demo office to fill on this start: none when ESCALE_DEMO=false or Escale runs a command. */
	public Optional<Office> toFill(ApplicationArguments args) {
		if (!properties.demo() || !args.getNonOptionArgs().isEmpty()) {
			return Optional.empty();
		}
		return offices.bySlug(FirstStart.DEFAULT_OFFICE);
	}

}
