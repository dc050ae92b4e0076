package vn.sotay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataDirectoryTest {

    @Test
    void aRelativeDataFolderBecomesAbsoluteForTheEmbeddedDatabase() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addLast(new MapPropertySource("args", Map.of("sotay.data-dir", "du-lieu/sotay")));
        new DataDirectory().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("sotay.data-dir")).isEqualTo(Path.of("du-lieu/sotay").toAbsolutePath().toString());
        assertThat(env.resolvePlaceholders("jdbc:h2:file:${sotay.data-dir}/db/sotay")).startsWith("jdbc:h2:file:/");
    }

    @Test
    void noFolderSetLeavesTheDefaultAlone() {
        StandardEnvironment env = new StandardEnvironment();
        new DataDirectory().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("sotay.data-dir")).isNull();
    }
}
