package fr.escale.partners.workshops;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import fr.escale.offices.DemoOffice;
import fr.escale.partners.DemoNetwork;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, after the demo partners, a few sessions so that both sides show something: one
 * to come with places, one full with a waiting list, one past with attendance and feedback. The
 * registrations are written directly: a demo sends no mail to the businesses it borrows.
 */
@Component
@Order(7)
class DemoWorkshops implements ApplicationRunner {


	private final DemoOffice demo;

	private final Partners partners;

	private final PartnerUsers users;

	private final Workshops workshops;

	private final JdbcClient jdbc;

	DemoWorkshops(DemoOffice demo, Partners partners, PartnerUsers users,
			Workshops workshops, JdbcClient jdbc) {
		this.demo = demo;
		this.partners = partners;
		this.users = users;
		this.workshops = workshops;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null
				|| jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.workshop WHERE office_id = ?)").param(office.id())
					.query(Boolean.class).single()) {
			return;
		}
		var network = partners.list(office.id(), Partners.Filter.all());
		if (network.isEmpty()) {
			return;
		}
		var demoPartner = users.exists(DemoNetwork.LOGIN) ? users.loadUserByUsername(DemoNetwork.LOGIN).partnerId() : network.get(0).id();
		var first = network.stream().filter(partner -> partner.id().equals(demoPartner)).findFirst().orElse(network.get(0));
		var others = network.stream().filter(partner -> !partner.id().equals(first.id())).limit(4).toList();
		if (others.size() < 4) {
			return;
		}
		var today = LocalDate.now(Workshop.ZONE);

		var social = session(office.id(), "Réseaux sociaux : bien présenter son offre", WorkshopKind.WORKSHOP,
				"Photos, textes et rythme de publication", List.of(), "Office de tourisme, salle de réunion",
				today.minusDays(20), LocalTime.of(9, 30), 3, 15);
		var came = register(social, first, "Camille Durand", DemoNetwork.LOGIN, "REGISTERED", true);
		jdbc.sql("INSERT INTO partners.workshop_feedback (registration_id, rating, comment) VALUES (?, 5, ?)")
			.params(came, "Très concret, merci ! Les exemples de photos m'ont beaucoup servi.")
			.update();
		register(social, others.get(0), "Julien Martin", null, "REGISTERED", true);
		register(social, others.get(1), "Sophie Bernard", null, "REGISTERED", false);
		jdbc.sql("UPDATE partners.workshop SET reminded_at = now(), feedback_requested_at = now() WHERE id = ?")
			.param(social.id())
			.update();

		var velo = session(office.id(), "Accueil Vélo : devenir un établissement labellisé", WorkshopKind.TRAINING,
				"Le référentiel de la marque et la visite d'évaluation",
				List.of(PartnerType.HOTEL, PartnerType.CAMPSITE, PartnerType.HOLIDAY_RENTAL, PartnerType.BED_AND_BREAKFAST),
				"Maison du vélo", today.plusDays(12), LocalTime.of(14, 0), 3, 12);
		register(velo, others.get(0), "Julien Martin", null, "REGISTERED", null);

		var visit = session(office.id(), "Éductour : les nouveautés du château", WorkshopKind.SITE_VISIT,
				"La nouvelle scénographie et l'offre groupes", List.of(), "Parvis du château", today.plusDays(21),
				LocalTime.of(9, 30), 3, 3);
		var names = List.of("Julien Martin", "Sophie Bernard", "Thomas Petit", "Claire Moreau");
		for (int i = 0; i < others.size(); i++) {
			register(visit, others.get(i), names.get(i), null, i < visit.capacity() ? "REGISTERED" : "WAITING", null);
		}
	}

	private Workshop session(UUID officeId, String title, WorkshopKind kind, String topic, List<PartnerType> audience,
			String place, LocalDate day, LocalTime start, int hours, int capacity) {
		var starts = day.atTime(start).atZone(Workshop.ZONE).toInstant();
		return workshops.create(officeId, new WorkshopDetails(title, kind, topic, audience,
				"Une session de l'office pour ses partenaires.\nInscription gratuite, café offert.", place, starts,
				starts.plusSeconds(hours * 3600L), capacity, true));
	}

	private UUID register(Workshop workshop, Partner partner, String name, String email, String status,
			Boolean attended) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.workshop_registration (id, workshop_id, partner_id, attendee_name, attendee_email,
				                                            status, registered_at, attended)
				VALUES (?, ?, ?, ?, ?, ?, clock_timestamp(), ?)""")
			.params(id, workshop.id(), partner.id(), name,
					email == null ? "demo-" + id.toString().substring(0, 8) + "@escale.local" : email, status, attended)
			.update();
		return id;
	}

}
