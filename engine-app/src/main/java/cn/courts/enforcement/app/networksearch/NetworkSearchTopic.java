package cn.courts.enforcement.app.networksearch;

import cn.courts.enforcement.model.enforcement.PropertyKind;

import java.math.BigDecimal;

/**
 * The contract between the enforcement process and the network search system (网络执行查控系统, 总对总/点对点;
 * seeds 002 and 003): the external-task topic of {@code Task_NetworkAssetSearch}, the variables it reads and
 * writes, and the technical engine user an external worker logs in with.
 *
 * <h2>What a worker receives</h2>
 * A task of topic {@value #TOPIC}, with the case's {@value #VARIABLE_CASE_NUMBER} (e.g. {@code （2026）粤0304执1234号})
 * and {@code courtId}. The task belongs to the court's tenant.
 *
 * <h2>What a worker answers</h2>
 * It completes the task with the variable {@value #VARIABLE_FINDINGS}: a <b>String</b> variable (never a
 * JSON or Object variable, so no serialization format is involved) holding a JSON array of findings, one
 * object per piece of property:
 * <pre>{@code
 * [
 *   {"kind": "DEPOSIT",
 *    "description": "中国工商银行深圳福田支行 账户 6222****1234",
 *    "holder": "中国工商银行股份有限公司",
 *    "estimatedValue": 12345.67}
 * ]
 * }</pre>
 * <ul>
 *   <li>{@code kind}: {@code DEPOSIT} (存款), {@code VEHICLE} (车辆), {@code REAL_ESTATE} (不动产) or
 *       {@code SECURITIES} (证券), the names of {@link PropertyKind}; the network search never reports
 *       {@code OTHER};</li>
 *   <li>{@code description}: the property as the registry describes it, account and ID numbers masked;</li>
 *   <li>{@code holder}: the institution or registry that holds or registers it (bank, 车辆管理所, 不动产登记中心,
 *       中国结算);</li>
 *   <li>{@code estimatedValue}: a JSON number in yuan, two decimals (the balance for a deposit, an estimate
 *       otherwise). The simulator always sends it; a real registry may give no value, so a reader accepts
 *       {@code null} or a missing field.</li>
 * </ul>
 * An empty array {@code []} means the search ran and found nothing. A search that could not run is not an
 * empty array: the worker reports a failure ({@code handleFailure}) and, once its retries are used up, the
 * engine raises an incident on {@code Task_NetworkAssetSearch}, so an unanswered search is never mistaken
 * for "no property". The delegate {@code recordSearchResults} (next task, {@code Task_RecordSearchResults})
 * parses the array with Jackson, e.g. into {@link Finding}{@code []}.
 */
public final class NetworkSearchTopic {

    /** The external-task topic of {@code Task_NetworkAssetSearch}. */
    public static final String TOPIC = "network-asset-search";

    /** Input: the case number (案号) the search is made for. */
    public static final String VARIABLE_CASE_NUMBER = "caseNumber";

    /** Output: the findings, a String variable holding a JSON array as described above. */
    public static final String VARIABLE_FINDINGS = "searchFindings";

    /** The findings of a search that found nothing. */
    public static final String NOTHING_FOUND = "[]";

    /** The engine user external network-search workers log in with (HTTP Basic at {@code /engine-rest}). */
    public static final String WORKER_USER_ID = "networksearch";

    /** The group of technical users of external systems; its grants let a worker fetch and complete tasks. */
    public static final String WORKER_GROUP_ID = "externalworker";

    /**
     * One finding of the search, as it appears in the {@value #VARIABLE_FINDINGS} array.
     *
     * @param kind           what kind of property
     * @param description    the property, numbers masked
     * @param holder         the institution or registry that holds or registers it
     * @param estimatedValue in yuan; may be null when the registry gives no value
     */
    public record Finding(PropertyKind kind, String description, String holder, BigDecimal estimatedValue) {
    }

    private NetworkSearchTopic() {
    }
}
