package fr.escale.partners.workshops;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import fr.escale.partners.PartnerType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session as staff type it; times are typed on the office's clock (Paris). A bean rather than
 * a record: a date or number that does not parse must leave the rest of the form as typed.
 */
class WorkshopForm {

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotNull
	private WorkshopKind kind = WorkshopKind.WORKSHOP;

	@Size(max = 200)
	private String topic = "";

	private List<PartnerType> audience = new ArrayList<>();

	@Size(max = 5000)
	private String description = "";

	@NotBlank
	@Size(max = 300)
	private String place = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime start;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime end;

	@NotNull
	@Min(value = 1, message = "{workshop.error.capacity}")
	@Max(value = 10000, message = "{workshop.error.capacity}")
	private Integer capacity = 20;

	private boolean published;

	static WorkshopForm of(Workshop workshop) {
		var form = new WorkshopForm();
		form.title = workshop.title();
		form.kind = workshop.kind();
		form.topic = workshop.topic();
		form.audience = new ArrayList<>(workshop.audience());
		form.description = workshop.description();
		form.place = workshop.place();
		form.start = workshop.starts().toLocalDateTime();
		form.end = workshop.ends().toLocalDateTime();
		form.capacity = workshop.capacity();
		form.published = workshop.published();
		return form;
	}

	WorkshopDetails details() {
		return new WorkshopDetails(title, kind, topic, audience == null ? List.of() : audience, description, place,
				start.atZone(Workshop.ZONE).toInstant(), end.atZone(Workshop.ZONE).toInstant(), capacity, published);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public WorkshopKind getKind() {
		return kind;
	}

	public void setKind(WorkshopKind kind) {
		this.kind = kind;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public List<PartnerType> getAudience() {
		return audience;
	}

	public void setAudience(List<PartnerType> audience) {
		this.audience = audience;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public LocalDateTime getStart() {
		return start;
	}

	public void setStart(LocalDateTime start) {
		this.start = start;
	}

	public LocalDateTime getEnd() {
		return end;
	}

	public void setEnd(LocalDateTime end) {
		this.end = end;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
