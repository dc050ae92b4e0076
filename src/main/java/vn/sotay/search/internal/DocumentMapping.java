package vn.sotay.search.internal;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import vn.sotay.library.Document;

/**
 * Maps the library's {@link Document} to the index {@code document} (after the configured prefix) without annotations
 * in the library.
 */
public class DocumentMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "document";

    private final String index;

    public DocumentMapping(String index) {
        this.index = index;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.programmaticMapping().type(Document.class).indexed().index(index);
        context.programmaticMapping().type(Document.class).binder(new DocumentBridge());
    }
}
