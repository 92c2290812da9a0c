package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.enforcement.PropertyRecord;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface PropertyRecordRepository extends JpaRepository<PropertyRecord, Long> {

    List<PropertyRecord> findByCaseIdOrderById(Long caseId);

    @Query("select p from PropertyRecord p where p.controlExpiresOn is not null and p.renewalRequested = false and p.controlExpiresOn <= :until order by p.controlExpiresOn")
    List<PropertyRecord> findControlsExpiringBy(LocalDate until, Pageable page);
}
