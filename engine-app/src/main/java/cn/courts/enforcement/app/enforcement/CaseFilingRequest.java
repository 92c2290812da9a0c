package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case to file (立案). Field messages are the user's (Chinese); the checks behind them are in {@link CaseFilingValidator}.
 * Every text has a length limit (its column's), so an over-long value is a 400 naming the field, never a database
 * error, and at most {@value #MAX_PARTIES} parties; names and the basis document hold no control characters (a NUL is refused by PostgreSQL, a line break would
 * split a mail header).
 */
@Schema(description = "立案请求")
public record CaseFilingRequest(
        @Schema(example = "（2026）粤0304执1234号")
        @NotBlank(message = "请填写案号") @Size(max = 40, message = "案号不超过40字") String caseNumber,
        @Schema(example = "szft")
        @NotBlank(message = "请填写法院") @Size(max = 32, message = "法院代码不超过32个字符") String courtId,
        @NotNull(message = "请填写执行标的金额")
        @DecimalMin(value = "0.01", message = "执行标的金额必须大于0")
        @Digits(integer = 17, fraction = 2, message = "执行标的金额最多两位小数") BigDecimal amount,
        @Schema(example = "（2025）粤0304民初5678号民事判决书")
        @NotBlank(message = "请填写执行依据") @Size(max = 200, message = "执行依据不超过200字")
        @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "执行依据不能包含换行符等控制字符") String basisDocument,
        @Schema(description = "非诉执行案件（执行期限3个月）")
        boolean nonLitigation,
        @NotNull(message = "请填写立案日期")
        LocalDate filingDate,
        @Schema(description = "承办法官（可选；不填则自动分配本院在办案件最少的执行法官）")
        @Size(max = 64, message = "承办法官账号不超过64个字符") String judgeId,
        @NotEmpty(message = "请至少填写一名当事人") @Size(max = MAX_PARTIES, message = "当事人不超过" + MAX_PARTIES + "名")
        List<@NotNull(message = "当事人不能为空") @Valid Party> parties) {

    /**
     * The most parties of one filing: the names of the parties are kept in the case's process variables (the debtors'
     * names, the case summary every task shows), whose text the engine stores in 4,000 characters; 30 names of 100
     * characters fit.
     */
    static final int MAX_PARTIES = 30;

    /** Text without control characters (NUL, line breaks, tabs, escape sequences). */
    static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";

    @Schema(description = "当事人")
    public record Party(
            @NotNull(message = "请选择当事人地位（申请执行人/被执行人）") PartyRole role,
            @NotNull(message = "请选择当事人类型（自然人/法人或其他组织）") PartyKind kind,
            @NotBlank(message = "请填写当事人名称") @Size(max = 100, message = "名称不超过100字")
            @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "名称不能包含换行符等控制字符") String name,
            @Schema(description = "自然人填身份证号码，法人或其他组织填统一社会信用代码")
            @NotBlank(message = "请填写身份证号码或统一社会信用代码")
            @Size(max = 18, message = "身份证号码或统一社会信用代码为18位") String identifier,
            @Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱不超过200个字符") String email) {
    }
}
