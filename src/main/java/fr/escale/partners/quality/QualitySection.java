package fr.escale.partners.quality;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The quality plan's part of a partner's page and of its pro dashboard. */
@Component
@Order(30)
class QualitySection implements PartnerSection {

	/** The offices Escale serves are in metropolitan France: their days start in Paris. */
	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final QualityPlan plan;

	private final SupportActions actions;

	private final OfferCatalog catalog;

	QualitySection(QualityPlan plan, SupportActions actions, OfferCatalog catalog) {
		this.plan = plan;
		this.actions = actions;
		this.catalog = catalog;
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	@Override
	public String template() {
		return "partners/quality/fragments/section";
	}

	@Override
	public PartnerQuality data(Partner partner) {
		var awards = plan.awards(partner.officeId(), partner.id());
		return new PartnerQuality(partner, awards, actions.of(partner.officeId(), partner.id()),
				offerNames(partner.officeId(), awards), today());
	}

	/** The names of the offers some awards are for. */
	Map<UUID, String> offerNames(UUID officeId, List<Award> awards) {
		var names = new HashMap<UUID, String>();
		catalog.summaries(officeId, awards.stream().map(Award::offerId).filter(Objects::nonNull).distinct().toList())
			.forEach(offer -> names.put(offer.id(), offer.name()));
		return names;
	}

}
