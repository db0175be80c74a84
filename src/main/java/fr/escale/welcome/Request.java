package fr.escale.welcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact with visitors ("acte de renseignement"), as the counsellor logged it.
 *
 * @param country ISO 3166 code of where the visitors come from; never guessed
 * @param frenchArea for France, the département or the postal code
 * @param language ISO 639 code of the language spoken
 * @param visitors in counts-only mode, how many visitors came; otherwise null
 * @param offerIds the offers recommended
 */
public record Request(UUID id, UUID pointId, Channel channel, Instant at, Integer partySize, PartyKind partyKind,
		String country, String frenchArea, String language, List<Topic> topics, String note, String counsellor,
		Integer visitors, List<UUID> offerIds) {

	public Request {
		topics = topics == null ? List.of() : List.copyOf(topics);
		offerIds = offerIds == null ? List.of() : List.copyOf(offerIds);
	}

	/** A counts-only line: so many visitors, from one country, at one point. */
	public static Request counted(UUID pointId, int visitors, String country, String counsellor) {
		return new Request(null, pointId, Channel.DESK, null, null, null, country, null, null, List.of(), null,
				counsellor, visitors, List.of());
	}

}
