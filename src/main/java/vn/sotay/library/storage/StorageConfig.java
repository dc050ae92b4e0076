package vn.sotay.library.storage;

import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.sotay.shared.SotaySettings;

/** The local file store under {@code <data-dir>/files}, unless another {@link FileStore} is configured. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore localFileStore(SotaySettings settings) throws IOException {
        return new LocalFileStore(settings.dataDir().resolve("files"));
    }
}
