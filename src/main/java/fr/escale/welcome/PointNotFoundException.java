package fr.escale.welcome;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such information point for whoever asked: another office's is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PointNotFoundException extends RuntimeException {

	public PointNotFoundException(UUID id) {
		super("No information point " + id);
	}

}
