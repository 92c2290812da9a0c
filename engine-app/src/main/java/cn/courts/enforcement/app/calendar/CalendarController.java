package cn.courts.enforcement.app.calendar;

import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.model.calendar.HolidayEntry;
import cn.courts.enforcement.model.parameter.LegalParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api")
@Tag(name = "calendar", description = "the legal calendar: holiday table and legal parameters")
class CalendarController {

    private final LegalCalendarService calendar;

    CalendarController(LegalCalendarService calendar) {
        this.calendar = calendar;
    }

    record ParameterView(String code, String nameZh, String period, String periodZh, String citation,
                         String textVersion, String source, String alternative, boolean overridden) {
    }

    @GetMapping("/legal-parameters")
    @Operation(summary = "The table of legal parameters in force (every period the processes use)")
    List<ParameterView> parameters() {
        return calendar.parameters().all().stream().map(this::view).toList();
    }

    private ParameterView view(LegalParameter p) {
        return new ParameterView(p.code().name(), p.nameZh(), p.period().toString(), p.period().describeZh(),
                p.citation(), p.textVersion(), p.source().name(), p.alternative().orElse(null),
                calendar.parameters().isOverridden(p.code()));
    }

    record HolidayView(String date, String kind, String festival) {
    }

    record HolidaysView(List<Integer> coveredYears, List<String> sources, Map<Integer, List<HolidayView>> years) {
    }

    @GetMapping("/holidays")
    @Operation(summary = "The holiday table in force: public holidays and make-up workdays by year")
    HolidaysView holidays(@RequestParam(required = false) Integer year) {
        Map<Integer, List<HolidayEntry>> all = calendar.holidays();
        Map<Integer, List<HolidayView>> shown = new java.util.TreeMap<>();
        all.forEach((y, entries) -> {
            if (year == null || year.equals(y)) {
                shown.put(y, entries.stream()
                        .map(e -> new HolidayView(e.date().toString(), e.kind().csvToken(), e.festival())).toList());
            }
        });
        return new HolidaysView(List.copyOf(all.keySet()), calendar.sources(), shown);
    }

    @PutMapping(path = "/admin/holidays/{year}", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Add or replace a year of the holiday table (admins): the CSV format of the shipped file")
    ResponseEntity<HolidaysView> addYear(CurrentUser user, @PathVariable int year, @RequestParam String source,
                                         @RequestBody String csv) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("只有系统管理员可以维护节假日表。");
        }
        calendar.addYear(year, csv, source, user.userId());
        return ResponseEntity.ok(holidays(year));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/admin/holidays/{year}")
    @Operation(summary = "Remove a year an administrator added (admins); the release's years cannot be removed")
    ResponseEntity<Void> removeYear(CurrentUser user, @PathVariable int year) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("只有系统管理员可以维护节假日表。");
        }
        if (!calendar.removeAddedYear(year, user.userId())) {
            throw new cn.courts.enforcement.app.web.NotFoundException(year + "年不是管理员添加的年份。");
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(LegalCalendarService.HolidayYearRejectedException.class)
    ProblemDetail rejected(LegalCalendarService.HolidayYearRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.messageZh());
        problem.setTitle("节假日表未保存");
        return problem;
    }
}
