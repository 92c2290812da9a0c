package cn.courts.enforcement.app.models;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A model re-saved unchanged (other formatting, attribute order, prefixes, exporter) is the same model. */
class XmlContentTests {

    private static final String SAVED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_A" exporter="Camunda Modeler" exporterVersion="5.31.0">
              <bpmn:process id="Process_A" name="甲" isExecutable="true">
                <bpmn:documentation>说明</bpmn:documentation>
              </bpmn:process>
            </bpmn:definitions>""";

    @Test
    void formattingAttributeOrderPrefixesAndExporterDoNotMatter() {
        String resaved = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " exporter=\"bpmn-js (https://demo.bpmn.io)\" exporterVersion=\"18.0.0\" id=\"Definitions_A\"><process isExecutable=\"true\""
                + " name=\"甲\" id=\"Process_A\"><documentation>说明</documentation></process></definitions>";
        assertThat(XmlContent.same(SAVED, resaved)).isTrue();
    }

    @Test
    void aChangedNameOrTextIsAChange() {
        assertThat(XmlContent.same(SAVED, SAVED.replace("name=\"甲\"", "name=\"乙\""))).isFalse();
        assertThat(XmlContent.same(SAVED, SAVED.replace(">说明<", ">新说明<"))).isFalse();
    }

    @Test
    void unreadableXmlIsNeverTheSame() {
        assertThat(XmlContent.same(SAVED, "<bpmn:definitions")).isFalse();
    }
}
