package cn.courts.enforcement.app.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Set;

interface SupervisionRepository extends JpaRepository<Supervision, Long> {

    @Query("select s.dedupKey from Supervision s where s.dedupKey in :keys")
    Set<String> findExistingKeys(Collection<String> keys);

    List<Supervision> findByCourtIdOrderByCreatedAtDesc(String courtId);

    long countByTaskId(String taskId);
}
