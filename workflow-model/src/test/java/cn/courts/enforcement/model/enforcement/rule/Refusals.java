package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.io.StringReader;

import cn.courts.enforcement.model.parameter.LegalRatios;

/** Test helpers: the refusal of a result (failing when allowed), and a ratio table with other figures. */
final class Refusals {

    private Refusals() {
    }

    static RuleRefusal refusalOf(RuleResult result) {
        return result.rejection().orElseThrow(() -> new AssertionError("expected a refusal, was allowed"));
    }

    /** A ratio table as a court could ship it: reserve at least {@code reserveMin}%, second cut at most {@code cutMax}%. */
    static LegalRatios ratios(String reserveMin, String cutMax) {
        String csv = String.join("\n",
                "code,name_zh,min_percent,max_percent,citation,text_version,source,alternative",
                "AUCTION_RESERVE_MIN_RATIO,起拍价占评估价或市价的比例," + reserveMin + ",,网拍规定 第十条,法释〔2016〕18号,V,",
                "SECOND_AUCTION_MAX_CUT,再次拍卖起拍价较前次起拍价的降价幅度,0," + cutMax + ",网拍规定 第二十六条,法释〔2016〕18号,V,",
                "AUCTION_DEPOSIT,保证金占起拍价的比例,5,20,网拍规定 第十七条,法释〔2016〕18号,V,");
        return LegalRatios.parseCsv(new StringReader(csv), "test");
    }
}
