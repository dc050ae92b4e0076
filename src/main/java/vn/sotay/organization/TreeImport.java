package vn.sotay.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.sotay.organization.OrganizationEvents.OrganizationCreated;
import vn.sotay.organization.OrganizationEvents.OrganizationImportRejected;
import vn.sotay.organization.OrganizationEvents.OrganizationMoved;
import vn.sotay.organization.OrganizationEvents.OrganizationRenamed;
import vn.sotay.organization.OrganizationEvents.OrganizationsImported;

/**
 * Imports a tree file as an upsert: new codes are created, known ones renamed or moved. Every row is checked
 * against the file and the database before anything is written; one error and nothing is. Runs in the caller's
 * transaction.
 */
@Component
class TreeImport {

    private final Organizations organizations;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    TreeImport(Organizations organizations, MessageSource messages, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.messages = messages;
        this.events = events;
    }

    ImportSummary run(String fileName, byte[] content) {
        ImportIssues issues = new ImportIssues(messages);
        List<ImportRow> rows = ImportFile.read(content, issues);
        TreeDraft draft = null;
        if (!rows.isEmpty()) {
            draft = new TreeDraft(organizations.findAll(), rows);
            draft.check(issues);
        }
        if (issues.hasErrors()) {
            events.publishEvent(new OrganizationImportRejected(fileName, issues.errorCount()));
            return issues.summary(0, 0, 0);
        }
        ImportSummary summary = apply(draft, rows, issues);
        events.publishEvent(new OrganizationsImported(fileName, summary.created(), summary.updated(),
                summary.unchanged()));
        return summary;
    }

    /** Creates parents before their children, then gives everyone the path of their new place. */
    private ImportSummary apply(TreeDraft draft, List<ImportRow> rows, ImportIssues issues) {
        int created = 0;
        int updated = 0;
        List<ImportRow> parentsFirst = rows.stream()
                .sorted(Comparator.comparingInt(r -> draft.depth(r.code()))).toList();
        for (ImportRow row : parentsFirst) {
            Organization stored = draft.stored(row.code());
            if (stored == null) {
                draft.add(organizations.save(new Organization(row.code(), row.name())));
                events.publishEvent(new OrganizationCreated(row.code(), row.name(), row.parent()));
                created++;
            } else if (update(stored, row, draft)) {
                updated++;
            }
        }
        draft.placeAll();
        return issues.summary(created, updated, rows.size() - created - updated);
    }

    private boolean update(Organization stored, ImportRow row, TreeDraft draft) {
        boolean renamed = !stored.getName().equals(row.name());
        String oldParent = draft.storedParent(stored);
        boolean moved = !Objects.equals(oldParent, row.parent());
        if (renamed) {
            events.publishEvent(new OrganizationRenamed(row.code(), stored.getName(), row.name()));
            stored.rename(row.name());
        }
        if (moved) {
            events.publishEvent(new OrganizationMoved(row.code(), oldParent, row.parent()));
        }
        return renamed || moved;
    }
}
