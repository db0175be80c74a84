package fr.escale.partners.workshops;

import java.time.LocalDateTime;
import java.util.List;

import fr.escale.partners.PartnerType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A session as staff type it; times are typed on the office's clock (Paris). */
record WorkshopForm(@NotBlank @Size(max = 200) String title, @NotNull WorkshopKind kind,
		@Size(max = 200) String topic, List<PartnerType> audience, @Size(max = 5000) String description,
		@NotBlank @Size(max = 300) String place,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
		@NotNull @Min(value = 1, message = "{workshop.error.capacity}") @Max(value = 10000, message = "{workshop.error.capacity}") Integer capacity,
		boolean published) {

	static WorkshopForm empty() {
		return new WorkshopForm("", WorkshopKind.WORKSHOP, "", List.of(), "", "", null, null, 20, false);
	}

	static WorkshopForm of(Workshop workshop) {
		return new WorkshopForm(workshop.title(), workshop.kind(), workshop.topic(), workshop.audience(),
				workshop.description(), workshop.place(), workshop.starts().toLocalDateTime(),
				workshop.ends().toLocalDateTime(), workshop.capacity(), workshop.published());
	}

	WorkshopDetails details() {
		return new WorkshopDetails(title, kind, topic, audience == null ? List.of() : audience, description, place,
				start.atZone(Workshop.ZONE).toInstant(), end.atZone(Workshop.ZONE).toInstant(), capacity, published);
	}

}
