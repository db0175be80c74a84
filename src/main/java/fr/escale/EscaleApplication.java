package fr.escale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EscaleApplication {

	public static void main(String[] args) {
		// A command ("escale import …") runs without a web server and ends when done.
		boolean command = args.length > 0 && !args[0].startsWith("-");
		var context = new SpringApplicationBuilder(EscaleApplication.class)
			.web(command ? WebApplicationType.NONE : WebApplicationType.SERVLET)
			.run(args);
		if (command) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
