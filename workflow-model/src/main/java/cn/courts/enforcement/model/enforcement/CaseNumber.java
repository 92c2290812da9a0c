package cn.courts.enforcement.model.enforcement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number (案号) as the SPC rules on case numbering prescribe (《最高人民法院关于人民法院案件案号的若干规定》
 * 法〔2015〕137号 and its 2018 revision): （收案年度）法院代字 + 类型代字 + 案件编号 + 号, e.g. （2026）粤0304执1234号.
 * Enforcement cases use 执; a resumed case (恢复执行) uses 执恢.
 *
 * @param year      收案年度
 * @param courtCode 法院代字, e.g. 粤0304
 * @param typeCode  类型代字: 执 or 执恢
 * @param sequence  案件编号
 */
public record CaseNumber(int year, String courtCode, String typeCode, int sequence) {

    public static final String ENFORCEMENT = "执";
    public static final String RESUMED_ENFORCEMENT = "执恢";

    private static final Pattern FORMAT =
            Pattern.compile("（(\\d{4})）([\\u4e00-\\u9fa5]\\d{0,4})(执恢|执)(\\d{1,6})号");

    public CaseNumber {
        if (year < 1990 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (courtCode == null || !courtCode.matches("[\\u4e00-\\u9fa5]\\d{0,4}")) {
            throw new IllegalArgumentException("court code must be a province character and up to four digits: " + courtCode);
        }
        if (!ENFORCEMENT.equals(typeCode) && !RESUMED_ENFORCEMENT.equals(typeCode)) {
            throw new IllegalArgumentException("type code must be 执 or 执恢: " + typeCode);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /** Parses the court's written form; full-width brackets as the rules prescribe. */
    public static CaseNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a case number of the form （2026）粤0304执1234号: " + text);
        }
        return new CaseNumber(Integer.parseInt(m.group(1)), m.group(2), m.group(3), Integer.parseInt(m.group(4)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    /** The number of the resumed case (恢复执行) for this case, with a new sequence in the resuming year. */
    public CaseNumber resumed(int resumingYear, int newSequence) {
        return new CaseNumber(resumingYear, courtCode, RESUMED_ENFORCEMENT, newSequence);
    }

    @Override
    public String toString() {
        return "（" + year + "）" + courtCode + typeCode + sequence + "号";
    }
}
