package vn.sotay.search.internal;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import vn.sotay.library.Document;

/** Maps the library's {@link Document} to the index {@code document} without annotations in the library. */
public class DocumentMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "document";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.programmaticMapping().type(Document.class).indexed().index(INDEX);
        context.programmaticMapping().type(Document.class).binder(new DocumentBridge());
    }
}
