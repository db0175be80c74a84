package fr.escale.partners.quality;

import java.time.LocalDate;
import java.util.UUID;

/** Something the office did to help a partner raise its quality (paid a classification visit...). */
public record SupportAction(UUID id, UUID partnerId, String partnerName, String kind, String description,
		long costCents, LocalDate doneOn, String recordedBy) {

	public record Draft(String kind, String description, long costCents, LocalDate doneOn) {
	}

}
