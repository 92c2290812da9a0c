package cn.courts.enforcement.app.identity;

import cn.courts.enforcement.model.court.Court;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourtRepository extends JpaRepository<Court, String> {
}
