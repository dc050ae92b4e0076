package vn.sotay.shared;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code sotay.data-dir} absolute before anything reads it, so that {@code --sotay.data-dir=data} works like
 * {@code ./data}: the embedded H2 database refuses a path that is only implicitly relative.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "sotay.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        String absolute = Path.of(value.strip()).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("sotayDataDir", Map.of(PROPERTY, absolute)));
    }
}
