package vn.sotay;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Sotay. With first argument {@code import-documents <folder> <manifest.csv>} it runs the bulk load of
 * documents without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SotayApplication {

    static final String IMPORT_DOCUMENTS = "import-documents";

    public static void main(String[] args) {
        if (args.length > 0 && IMPORT_DOCUMENTS.equals(args[0])) {
            SpringApplication app = new SpringApplication(SotayApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(Map.of("sotay.command", IMPORT_DOCUMENTS));
            ConfigurableApplicationContext context = app.run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(SotayApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
