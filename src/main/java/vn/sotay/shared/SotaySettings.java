package vn.sotay.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that every module may read.
 *
 * @param dataDir where the embedded database, files, index and generated secrets live ({@code SOTAY_DATA_DIR})
 * @param baseUrl the address members use, written into e-mails ({@code SOTAY_BASE_URL})
 * @param secret  key for signing device cookies; generated into the data folder when empty. Set the same
 *                value on every node when running several.
 */
@ConfigurationProperties("sotay")
public record SotaySettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("") String secret) {

    public String baseUrlWithoutSlash() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
