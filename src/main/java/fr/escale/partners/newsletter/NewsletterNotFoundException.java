package fr.escale.partners.newsletter;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such newsletter for whoever asked: another office's is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NewsletterNotFoundException extends RuntimeException {

	NewsletterNotFoundException(UUID id) {
		super("No newsletter " + id);
	}

}
