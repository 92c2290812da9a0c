/**
 * Counting legal periods (期间) for enforcement cases.
 *
 * <p>The rules encoded here, each in the class that applies it:
 * <ul>
 *   <li>a period in days, months or years starts on the day after the triggering day
 *       (《民事诉讼法》(2023) 第85条; 《民诉法解释》(法释〔2022〕11号) 第125条; 《民法典》第201条):
 *       {@link cn.courts.enforcement.model.calendar.LegalCalendar};</li>
 *   <li>a last day on a statutory rest day (法定休假日) moves to the next working day
 *       (《民事诉讼法》第85条; 《民法典》第203条); weekends are rest days unless the State Council made
 *       them make-up workdays (调休): {@link cn.courts.enforcement.model.calendar.HolidayTable};</li>
 *   <li>month and year periods end on the same-numbered day, or the month's last day when there is
 *       none (《民法典》第202条);</li>
 *   <li>working-day periods (工作日) count working days only, honouring 调休;</li>
 *   <li>"超过" excludes the number itself (《民法典》第1259条);</li>
 *   <li>the case's own time limit excludes suspended time (法释〔2000〕29号 第八条、第九条):
 *       {@link cn.courts.enforcement.model.calendar.CaseTimeLimit}.</li>
 * </ul>
 *
 * <p>A date in a year the holiday table does not cover is an error
 * ({@link cn.courts.enforcement.model.calendar.DateOutsideHolidayTableException}), never a guess.
 */
package cn.courts.enforcement.model.calendar;
