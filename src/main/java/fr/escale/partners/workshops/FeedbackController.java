package fr.escale.partners.workshops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The short form behind the link mailed after a session; the link's token is the only key. */
@Controller
@ConditionalOnWebApplication
class FeedbackController {

	private final WorkshopFeedback feedback;

	FeedbackController(WorkshopFeedback feedback) {
		this.feedback = feedback;
	}

	/** A bean rather than a record: a rating that does not parse must leave the comment as typed. */
	static class FeedbackForm {

		@NotNull(message = "{workshop.error.rating}")
		@Min(value = 1, message = "{workshop.error.rating}")
		@Max(value = 5, message = "{workshop.error.rating}")
		private Integer rating;

		@Size(max = 2000)
		private String comment = "";

		public Integer getRating() {
			return rating;
		}

		public void setRating(Integer rating) {
			this.rating = rating;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	@GetMapping("/workshops/feedback/{token}")
	String initFeedbackForm(@PathVariable String token, Model model) {
		model.addAttribute("feedback", new FeedbackForm());
		return page(token, model);
	}

	@PostMapping("/workshops/feedback/{token}")
	String processFeedbackForm(@PathVariable String token, @Valid @ModelAttribute("feedback") FeedbackForm form,
			BindingResult errors, Model model) {
		var request = feedback.request(token).orElseThrow(() -> new WorkshopNotFoundException("token"));
		if (errors.hasErrors() || request.given()) {
			return page(token, model);
		}
		model.addAttribute("thanks", feedback.give(token, form.getRating(), form.getComment()));
		return page(token, model);
	}

	private String page(String token, Model model) {
		model.addAttribute("request", feedback.request(token).orElseThrow(() -> new WorkshopNotFoundException("token")));
		model.addAttribute("token", token);
		return "partners/workshops/feedback";
	}

}
