package fr.escale.partners.workshops;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such session or registration for whoever asked: another office's or partner's is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class WorkshopNotFoundException extends RuntimeException {

	WorkshopNotFoundException(Object id) {
		super("No workshop or registration " + id);
	}

}
