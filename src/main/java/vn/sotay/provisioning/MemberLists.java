package vn.sotay.provisioning;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of member lists. */
public interface MemberLists extends JpaRepository<MemberList, Long> {

    Page<MemberList> findByOrganizationIdIn(Collection<Long> organizationIds, Pageable pageable);

    Page<MemberList> findByStatusIn(Collection<MemberList.Status> statuses, Pageable pageable);
}
