package fr.escale.catalog.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.escale.catalog.OffersImported;
import fr.escale.catalog.StoredOffer;
import fr.escale.catalog.domain.Offers;
import org.apache.lucene.store.MMapDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps this node's search index in step with PostgreSQL, which is the truth: the index is built
 * from it at start, then follows the transactions that wrote offers — every two seconds for the
 * changes other nodes make, at once after an import on this node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // a command such as "escale import" serves no search
public class OfferIndexer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OfferIndexer.class);

	private final Offers offers;

	private final OfferIndex index;

	private final SearchDocuments documents;

	private final Path folder;

	// The oldest transaction that was still running at the last catch-up: what it writes is read next time.
	private Long horizon;

	OfferIndexer(Offers offers, SearchDocuments documents,
			@Value("${escale.search.cached-results:1000}") int cachedResults) throws IOException {
		this.offers = offers;
		this.documents = documents;
		// The index is derived data, rebuilt at each start: a temporary folder of this node's own.
		this.folder = Files.createTempDirectory("escale-index-");
		// Recent results are served again until the next change; 0 turns this off (benchmarks do, to measure searching).
		this.index = new OfferIndex(new MMapDirectory(folder), cachedResults);
		catchUp();
		log.info("Search index ready: {} offers", index.size());
	}

	@Bean
	OfferIndex offerIndex() {
		return index;
	}

	@Override
	public void destroy() throws IOException {
		index.close();
		FileSystemUtils.deleteRecursively(folder);
	}

	@Scheduled(fixedDelay = 2000, initialDelay = 2000)
	public synchronized void catchUp() {
		var batch = new ArrayList<SearchDocument>(500);
		var from = horizon;
		int[] seen = { 0 };
		horizon = offers.changedSince(horizon, stored -> {
			seen[0]++;
			batch.add(documents.of(stored));
			if (batch.size() == 500) {
				flush(batch);
			}
		});
		flush(batch);
		log.debug("Index caught up from transaction {} to {}: {} offers read, {} indexed", from, horizon, seen[0], index.size());
	}

	@EventListener
	void on(OffersImported imported) {
		catchUp();
	}

	private void flush(List<SearchDocument> batch) {
		if (batch.isEmpty()) {
			return;
		}
		index.upsert(batch);
		index.refresh();
		batch.clear();
	}

}
