package vn.sotay.organization;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.Texts;

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

    /** The whole tree: the roots, each with its children, names in Vietnamese alphabetical order. */
    public List<OrganizationNode> tree() {
        Map<Long, List<Organization>> children = new HashMap<>();
        List<Organization> roots = new ArrayList<>();
        for (Organization o : organizations.findAllByOrderByPathAsc()) {
            if (o.getParentId() == null) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.getParentId(), id -> new ArrayList<>()).add(o);
            }
        }
        return nodes(roots, children, byName());
    }

    /** The organisation with this code: its name and the code of its parent. */
    public OrganizationEntry entry(String code) {
        Organization organization = organizations.findByCode(Texts.nfcTrim(code))
                .orElseThrow(() -> new NotFoundException("organization"));
        return OrganizationEntry.of(organization, organizations);
    }

    /** The organisation with this code, and the whole tree to choose a new parent from. */
    public OrganizationDetail detail(String code) {
        return new OrganizationDetail(entry(code), tree());
    }

    private static List<OrganizationNode> nodes(List<Organization> level, Map<Long, List<Organization>> children,
            Comparator<Organization> order) {
        return level.stream().sorted(order)
                .map(o -> new OrganizationNode(o.getCode(), o.getName(),
                        nodes(children.getOrDefault(o.getId(), List.of()), children, order)))
                .toList();
    }

    private static Comparator<Organization> byName() {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        return Comparator.comparing(Organization::getName, collator::compare).thenComparing(Organization::getCode);
    }
}
