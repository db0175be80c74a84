package fr.escale.partners.membership;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such membership, tier or payment for whoever asked: another office's or partner's is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MembershipNotFoundException extends RuntimeException {

	MembershipNotFoundException(UUID id) {
		super("No membership, tier or payment " + id);
	}

}
