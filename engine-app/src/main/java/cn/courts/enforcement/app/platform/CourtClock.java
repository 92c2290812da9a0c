package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * The one clock of the platform: the engine's, so that tests that move the engine clock move every legal
 * date with it, read in the courts' time zone (China Standard Time by default). A legal day ends at
 * midnight: a node due on a day is overdue from the next day on.
 */
@Component
public class CourtClock {

    private final ZoneId zone;

    CourtClock(@Value("${enforcement.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /**
     * Moves the engine clock to the court's {@code time} on {@code day}: for backdating work that must look as if done
     * then (demo seeding, before the app takes requests). {@link #resume()} returns to the system clock.
     */
    public void moveTo(LocalDate day, java.time.LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(zone).toInstant()));
    }

    /** Returns the engine clock to the system clock. */
    public void resume() {
        ClockUtil.reset();
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The last instant of a legal day, as the engine stores due dates. */
    public Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
    }

    public LocalDate dayOf(Date date) {
        return LocalDate.ofInstant(date.toInstant(), zone);
    }
}
