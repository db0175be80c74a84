package fr.escale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EscaleApplication {

	public static void main(String[] args) {
		SpringApplication.run(EscaleApplication.class, args);
	}

}
