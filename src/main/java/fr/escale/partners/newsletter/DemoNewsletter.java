package fr.escale.partners.newsletter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import fr.escale.offices.DemoOffice;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.PartnerType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start, a newsletter to the accommodation partners left as a draft, so that staff find one
 * to preview and finish. Never sent: the demo partners are real businesses.
 */
@Component
@Order(11)
class DemoNewsletter implements ApplicationRunner {

	private final DemoOffice demo;

	private final StaffAccounts staff;

	private final Newsletters newsletters;

	private final JdbcClient jdbc;

	private final String publicUrl;

	DemoNewsletter(DemoOffice demo, StaffAccounts staff, Newsletters newsletters,
			JdbcClient jdbc, @Value("${escale.public-url}") String publicUrl) {
		this.demo = demo;
		this.staff = staff;
		this.newsletters = newsletters;
		this.jdbc = jdbc;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Override
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null
				|| jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.newsletter WHERE office_id = ?)").param(office.id())
					.query(Boolean.class).single()) {
			return;
		}
		var author = staff.of(office.id()).stream()
			.filter(member -> member.roles().contains(Role.ADMINISTRATOR) || member.roles().contains(Role.PARTNER_MANAGER))
			.map(StaffAccounts.Member::email)
			.findFirst();
		if (author.isEmpty()) {
			return;
		}
		// The coming season: this year's until the summer is over, then next year's.
		var season = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(4).getYear();
		var body = """
				<h2>La saison %1$d ouvre le 1er avril</h2>
				<p>Bonjour,</p>
				<p>Voici ce qui change cette année pour les hébergeurs du réseau :</p>
				<ul>
				<li>vos tarifs et périodes d'ouverture %1$d à mettre à jour dans votre espace pro avant le 15 mars ;</li>
				<li>une formation « Accueil Vélo » pour les établissements qui veulent la marque avant l'été ;</li>
				<li>le guide des hébergements %1$d : vos fiches relues par l'office avant l'impression, fin février.</li>
				</ul>
				<p>Tout se passe dans <a href="%2$s/pro/offers">votre espace pro</a>. Bonne préparation de saison !</p>
				<p>L'équipe de l'office de tourisme</p>""".formatted(season, publicUrl);
		newsletters.create(office.id(), "Ouverture de la saison " + season + " : ce qui change", body,
				new Segment(Arrays.stream(PartnerType.values()).filter(PartnerType::isAccommodation).toList(), null,
						null, null, null, false, null),
				author.get());
	}

}
