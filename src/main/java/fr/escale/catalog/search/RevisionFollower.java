package fr.escale.catalog.search;

import fr.escale.catalog.OfferRevised;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** A revision made on this node is searchable here as soon as it is committed, not at the next catch-up. */
@Component
@ConditionalOnWebApplication
class RevisionFollower {

	private final OfferIndexer indexer;

	RevisionFollower(OfferIndexer indexer) {
		this.indexer = indexer;
	}

	@TransactionalEventListener
	void on(OfferRevised revised) {
		indexer.catchUp();
	}

}
