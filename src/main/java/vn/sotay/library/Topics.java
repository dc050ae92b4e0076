package vn.sotay.library;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repository of the topic tree. */
interface Topics extends JpaRepository<Topic, Long> {

    @Query("select t from Topic t where t.name = :name and ((:parentId is null and t.parentId is null) or t.parentId = :parentId)")
    Optional<Topic> findChild(String name, Long parentId);

    @Query("select t.id from Topic t where t.path like concat(:path, '%')")
    List<Long> subtreeIds(String path);

    List<Topic> findAllByOrderByPathAsc();
}
