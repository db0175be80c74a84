package fr.escale.welcome.assistant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The offers a counsellor selected for a visitor, handed over on paper, as a PDF, by e-mail or as a link.
 *
 * @param token the secret of the link the visitor opens; whoever holds it reads the carnet
 * @param language the visitor's language, {@code fr} or {@code en}
 * @param pointId the point where it was made, drawn on its map
 * @param requestId the request it was recommended in, once logged
 */
public record Carnet(UUID id, UUID officeId, String token, List<UUID> offerIds, String language, UUID pointId,
		UUID requestId, Instant createdAt, Instant expiresAt) {

	public Carnet {
		offerIds = List.copyOf(offerIds);
	}

}
