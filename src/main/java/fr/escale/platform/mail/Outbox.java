package fr.escale.platform.mail;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

// TEMPORARY stand-in until the outbox branch is merged.
@Service
public class Outbox {

	public UUID queue(Mail mail) {
		return UUID.randomUUID();
	}

	public List<UUID> queueAll(List<Mail> mails) {
		return mails.stream().map(this::queue).toList();
	}

}
