package cn.courts.enforcement.app.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayYearRepository extends JpaRepository<HolidayYear, Integer> {
}
