/**
 * The enforcement domain (执行案件) in plain Java 17: no Spring, no process engine, only the JDK and
 * {@code jakarta.persistence} annotations. {@code ArchitectureTests} keeps it so.
 *
 * <p>Among its packages:
 * <ul>
 *   <li>{@link cn.courts.enforcement.model.calendar}: how legal periods (期间) are counted, the
 *       State Council holiday table and the case's own time limit (执行期限);</li>
 *   <li>{@link cn.courts.enforcement.model.parameter}: the single table of legal parameters, each
 *       period with its statute, text version and reliability mark.</li>
 * </ul>
 */
package cn.courts.enforcement.model;
