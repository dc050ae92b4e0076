package vn.sotay.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repository of organisations. */
public interface Organizations extends JpaRepository<Organization, Long> {

    Optional<Organization> findByCode(String code);

    List<Organization> findByCodeIn(Collection<String> codes);

    @Query("select o from Organization o where o.path like concat(:path, '%') order by o.path")
    List<Organization> findSubtree(String path);

    List<Organization> findAllByOrderByPathAsc();

    /** The code of the organisation's parent, {@code null} at the root. */
    default String parentCode(Organization organization) {
        return organization.getParentId() == null ? null
                : findById(organization.getParentId()).map(Organization::getCode).orElse(null);
    }
}
