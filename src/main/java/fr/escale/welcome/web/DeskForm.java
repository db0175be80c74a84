package fr.escale.welcome.web;

import java.util.List;
import java.util.UUID;

import fr.escale.welcome.Channel;
import fr.escale.welcome.PartyKind;
import fr.escale.welcome.Topic;
import jakarta.validation.constraints.Size;

/**
 * A request as typed at the desk: numbers stay text so that a slip is shown back as typed; origin and
 * language are checked against the ISO lists by the controller; {@code when} is blank for now.
 */
record DeskForm(UUID point, Channel channel, String partySize, PartyKind partyKind, String country, String area, String language, List<Topic> topics, List<UUID> offers,
		@Size(max = 1000, message = "{welcome.error.note}") String note, String when) {

	/** Without a point, the one remembered for the session; without a channel, the desk. */
	DeskForm {
		channel = channel == null ? Channel.DESK : channel;
		topics = topics == null ? List.of() : topics;
		offers = offers == null ? List.of() : offers;
	}

	/** The form for the next request: only the point carries over, the channel is the desk again. */
	static DeskForm empty(UUID point) {
		return new DeskForm(point, Channel.DESK, "", null, "", "", "", List.of(), List.of(), "", "");
	}

}
