package fr.escale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EscaleApplication {

	public static void main(String[] args) {
		SpringApplication.run(EscaleApplication.class, args);
	}

}
