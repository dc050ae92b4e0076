package vn.sotay.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of organisations for other modules. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final Organizations organizations;

    OrganizationDirectory(Organizations organizations) {
        this.organizations = organizations;
    }

    public Optional<OrganizationView> find(long id) {
        return organizations.findById(id).map(OrganizationView::of);
    }

    public Optional<OrganizationView> findByCode(String code) {
        return organizations.findByCode(code).map(OrganizationView::of);
    }

    /** The organisation and its parents, root first. */
    public List<OrganizationView> lineage(long id) {
        List<OrganizationView> result = new ArrayList<>();
        Optional<Organization> current = organizations.findById(id);
        while (current.isPresent() && result.size() < 64) {
            result.add(OrganizationView.of(current.get()));
            Long parent = current.get().getParentId();
            current = parent == null ? Optional.empty() : organizations.findById(parent);
        }
        Collections.reverse(result);
        return result;
    }

    /** The organisation and everything below it, in tree order. */
    public List<OrganizationView> subtree(long id) {
        return organizations.findById(id).map(o -> organizations.findSubtree(o.getPath()).stream()
                .map(OrganizationView::of).toList()).orElse(List.of());
    }

    /** Every organisation, in tree order. */
    public List<OrganizationView> all() {
        return organizations.findAllByOrderByPathAsc().stream().map(OrganizationView::of).toList();
    }

    /** Whether {@code candidateId} is {@code rootId} or lies below it. */
    public boolean isInSubtree(long rootId, long candidateId) {
        Optional<Organization> root = organizations.findById(rootId);
        Optional<Organization> candidate = organizations.findById(candidateId);
        return root.isPresent() && candidate.isPresent() && root.get().contains(candidate.get());
    }
}
