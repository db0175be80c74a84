package fr.escale.welcome.sadi;

import java.util.EnumMap;
import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import fr.escale.welcome.Channel;
import fr.escale.welcome.InformationPoints;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A point as every member of staff reads it: where and when it welcomes, and the requests logged there. */
@Controller
@ConditionalOnWebApplication
class PointOverviewController {

	private final InformationPoints points;

	private final PointRequests requests;

	private final Stocks stocks;

	private final Communes communes;

	PointOverviewController(InformationPoints points, PointRequests requests, Stocks stocks, Communes communes) {
		this.points = points;
		this.requests = requests;
		this.stocks = stocks;
		this.communes = communes;
	}

	@GetMapping("/desk/points/{id}/overview")
	String overview(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var point = points.get(me.officeId(), id);
		var months = requests.last12Months(me.officeId(), id);
		model.addAttribute("point", point);
		model.addAttribute("commune", communes.byCode(point.communeCode()).map(Commune::name).orElse(null));
		model.addAttribute("months", months);
		model.addAttribute("channels", Channel.values());
		var channelTotals = new EnumMap<Channel, Long>(Channel.class);
		months.forEach(month -> month.byChannel().forEach((channel, count) -> channelTotals.merge(channel, count, Long::sum)));
		model.addAttribute("channelTotals", channelTotals);
		model.addAttribute("total", months.stream().mapToLong(PointRequests.Month::total).sum());
		model.addAttribute("reorder", stocks.toReorder(me.officeId()).stream().filter(line -> line.pointId().equals(id)).toList());
		return "welcome/sadi/overview";
	}

}
