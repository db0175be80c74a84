package fr.escale.partners;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escale.offices.Offices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A newcomer's first start shows a partner network made of the demo offers' businesses. */
@SpringBootTest(properties = "escale.demo=true")
class DemoPartnersIT {

	@Autowired
	Offices offices;

	@Autowired
	Partners partners;

	@Autowired
	PartnerUsers users;

	@Test
	void theDemoOffersBusinessesBecomePartnersWithTheirOffers() {
		var demo = offices.bySlug("demo").orElseThrow().id();
		var network = partners.list(demo, Partners.Filter.all());
		assertThat(network).hasSizeBetween(10, 40).extracting(Partner::type).doesNotContain(PartnerType.OTHER);
		assertThat(network).allSatisfy(partner -> assertThat(partners.offerIds(demo, partner.id())).isNotEmpty());
		assertThat(network).extracting(Partner::type).contains(PartnerType.HOTEL, PartnerType.RESTAURANT);
		assertThat(network).extracting(partner -> partner.name().toLowerCase()).doesNotHaveDuplicates();
		// Real businesses: no mail tried on the demo reaches them.
		assertThat(network).extracting(Partner::email).filteredOn(email -> email != null).isNotEmpty()
			.allSatisfy(email -> assertThat(email).endsWith("@demo.invalid"));
		assertThat(users.loadUserByUsername(DemoNetwork.LOGIN).partnerId()).isIn(network.stream().map(Partner::id).toList());
	}

}
