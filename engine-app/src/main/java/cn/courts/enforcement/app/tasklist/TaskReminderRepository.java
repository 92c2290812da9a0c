package cn.courts.enforcement.app.tasklist;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Set;

interface TaskReminderRepository extends JpaRepository<TaskReminder, Long> {

    @Query("select r.dedupKey from TaskReminder r where r.dedupKey in :keys")
    Set<String> findExistingKeys(Collection<String> keys);
}
