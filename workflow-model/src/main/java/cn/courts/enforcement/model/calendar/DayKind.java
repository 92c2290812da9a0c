package cn.courts.enforcement.model.calendar;

/**
 * Whether a court works on a day.
 *
 * <p>A {@link #REST_DAY} is a statutory rest day (法定休假日) in the sense of 《民事诉讼法》(2023) 第85条
 * and 《民法典》第203条: a Saturday or Sunday that is not an official make-up workday (调休上班日), or a
 * public holiday announced by the State Council. Every other day is a {@link #WORKING_DAY}.
 */
public enum DayKind {
    WORKING_DAY,
    REST_DAY
}
