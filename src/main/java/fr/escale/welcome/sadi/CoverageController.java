package fr.escale.welcome.sadi;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.escale.offices.StaffPrincipal;
import fr.escale.platform.TypedNumber;
import fr.escale.welcome.PointKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The coverage map: the office's points by kind, and the communes of its territory far from every open point. */
@Controller
@ConditionalOnWebApplication
class CoverageController {

	static final int DEFAULT_KM = 10;

	static final int MAX_KM = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Coverage coverage;

	CoverageController(Coverage coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/desk/points/map")
	String map(@RequestParam(defaultValue = "") String km, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		int distance = DEFAULT_KM;
		if (!km.isBlank()) {
			var typed = TypedNumber.whole(km, 1, MAX_KM);
			if (typed.isPresent()) {
				distance = typed.get();
			}
			else {
				model.addAttribute("kmError", true);
			}
		}
		var report = coverage.of(me.officeId(), distance);
		model.addAttribute("km", km.isBlank() ? String.valueOf(distance) : km);
		model.addAttribute("distance", distance);
		model.addAttribute("maxKm", MAX_KM);
		model.addAttribute("report", report);
		model.addAttribute("kinds", PointKind.values());
		model.addAttribute("mapData", mapData(report));
		return "welcome/sadi/map";
	}

	/** The points and far communes as JSON safe inside a script element: no text of a point can close it. */
	private static String mapData(Coverage.Report report) {
		var points = report.placed().stream().map(p -> {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("name", p.name());
			point.put("kind", p.kind().name());
			point.put("active", p.active());
			point.put("lat", p.latitude());
			point.put("lon", p.longitude());
			return point;
		}).toList();
		var far = report.far().stream().map(r -> {
			Map<String, Object> commune = new LinkedHashMap<>();
			commune.put("name", r.commune().name());
			commune.put("population", r.commune().population());
			commune.put("lat", r.commune().latitude());
			commune.put("lon", r.commune().longitude());
			return commune;
		}).toList();
		return JSON.writeValueAsString(Map.of("points", points, "far", far))
			.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
