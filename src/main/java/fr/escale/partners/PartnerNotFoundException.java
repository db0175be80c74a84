package fr.escale.partners;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such partner for whoever asked: another office's or another partner's is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PartnerNotFoundException extends RuntimeException {

	public PartnerNotFoundException(UUID id) {
		super("No partner " + id);
	}

}
