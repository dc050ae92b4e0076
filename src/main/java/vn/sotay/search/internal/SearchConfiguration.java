package vn.sotay.search.internal;

import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.sotay.search.SearchSettings;
import vn.sotay.shared.SotaySettings;

/**
 * Hibernate Search's properties from {@link SearchSettings}: the backend type is always set (both backends are on
 * the classpath), the Lucene index lives under {@code <data-dir>/index}, index names carry the configured prefix. A
 * {@code hibernate.search.*} property given in {@code spring.jpa.properties} wins.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final String P = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer searchProperties(SearchSettings search, SotaySettings sotay) {
        return properties -> configure(properties, search, sotay);
    }

    static void configure(Map<String, Object> properties, SearchSettings search, SotaySettings sotay) {
        properties.putIfAbsent(P + "backend.type", search.backend());
        boolean remote = "elasticsearch".equals(String.valueOf(properties.get(P + "backend.type")));
        properties.putIfAbsent(P + "mapping.configurer", new DocumentMapping(search.indexPrefix() + DocumentMapping.INDEX));
        properties.putIfAbsent(P + "backend.analysis.configurer", SearchAnalysis.class.getName());
        properties.putIfAbsent(P + "indexing.plan.synchronization.strategy", synchronization(search, remote));
        if (remote) {
            properties.putIfAbsent(P + "backend.hosts", search.hosts());
            properties.putIfAbsent(P + "backend.protocol", search.protocol());
            properties.putIfAbsent(P + "backend.version", search.version());
            properties.putIfAbsent(P + "backend.version_check.enabled", "false");
        } else {
            properties.putIfAbsent(P + "backend.directory.root", sotay.dataDir().resolve("index").toAbsolutePath().toString());
        }
    }

    /**
     * A saved change is searchable when the save returns, with both backends: Lucene reopens its reader at the next
     * search anyway, OpenSearch only refreshes every second unless the change waits for a refresh ({@code sync}).
     */
    static String synchronization(SearchSettings search, boolean remote) {
        if (search.synchronization() != null && !search.synchronization().isBlank()) {
            return search.synchronization();
        }
        return remote ? "sync" : "write-sync";
    }
}
