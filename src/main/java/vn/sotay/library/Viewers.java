package vn.sotay.library;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;

/** Builds the {@link Viewer} of a signed-in account from its organisation's path. */
@Component
public class Viewers {

    private final OrganizationDirectory organizations;

    Viewers(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    public Viewer of(AccountPrincipal principal) {
        List<String> lineage = principal.organizationId() == null ? List.of(Viewer.NOWHERE)
                : organizations.find(principal.organizationId()).map(o -> prefixes(o.path())).orElse(List.of(Viewer.NOWHERE));
        String editorPrefix = principal.unitAdminOrganizationId() == null ? Viewer.NOWHERE
                : organizations.find(principal.unitAdminOrganizationId()).map(OrganizationView::path).orElse(Viewer.NOWHERE);
        return new Viewer(principal.id(), principal.username(), lineage, principal.officeAdmin(), editorPrefix + "%",
                principal.unitAdminOrganizationId());
    }

    /** "/1/51/101/" → ["/1/", "/1/51/", "/1/51/101/"]: the organisation and its ancestors. */
    static List<String> prefixes(String path) {
        List<String> result = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            result.add(path.substring(0, i + 1));
        }
        return result.isEmpty() ? List.of(Viewer.NOWHERE) : result;
    }
}
