package cn.courts.enforcement.bpmn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every BPMN, DMN and form file in src/main/resources/bpmn opens in Camunda Modeler 5 for the
 * Camunda 7 platform of the version the project runs (the parent pom's camunda.version):
 * <ul>
 *   <li>BPMN and DMN definitions declare the modeler namespace with modeler:executionPlatform
 *       "Camunda Platform" and modeler:executionPlatformVersion = camunda.version;</li>
 *   <li>every BPMN flow node, sequence flow (and any other element that is drawn) has exactly one
 *       shape or edge, every shape has bounds and every edge two waypoints or more, no diagram element
 *       points at a missing element, and a collapsed sub-process has a plane of its own;</li>
 *   <li>every DMN decision and input has a shape in the DRD;</li>
 *   <li>every form declares executionPlatform "Camunda Platform", executionPlatformVersion =
 *       camunda.version and a schemaVersion that the form-js in Camunda's Tasklist renders, and its id
 *       is its file name, which is what camunda:formRef points at.</li>
 * </ul>
 * The linting rules themselves (bpmnlint) are in tools/bpmnlint.
 */
class ModelerCompatibilityTest {

    static final Path MODELS = Path.of("src", "main", "resources", "bpmn");
    static final Path FORMS = MODELS.resolve("forms");
    static final Path PARENT_POM = Path.of("..", "pom.xml");

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC_NS = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI_NS = "http://www.omg.org/spec/DD/20100524/DI";
    static final String DMN13_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final String DMNDI13_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    static final String EXECUTION_PLATFORM = "Camunda Platform";

    /**
     * The form-js schemaVersion that each Camunda 7 version's webapps render (the Tasklist's form-js:
     * camunda-webapp-webjar, lib/deps.js). A form with a higher schemaVersion may not render there.
     * Upgrading Camunda: look the new version's up and add it here.
     */
    static final Map<String, Integer> FORM_SCHEMA_VERSION_BY_CAMUNDA = Map.of("7.24.0", 16);

    /** BPMN elements that are drawn, so need a shape or an edge to appear in the Modeler. */
    static final Set<String> DRAWN_BPMN_ELEMENTS = Set.of(
            "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
            "task", "userTask", "serviceTask", "sendTask", "receiveTask", "scriptTask", "businessRuleTask",
            "manualTask", "callActivity", "subProcess", "transaction", "adHocSubProcess",
            "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway",
            "sequenceFlow", "messageFlow", "association", "dataInputAssociation", "dataOutputAssociation",
            "textAnnotation", "group", "dataObjectReference", "dataStoreReference", "participant", "lane");

    /** DMN elements that are drawn in the DRD. */
    static final Set<String> DRAWN_DMN_ELEMENTS = Set.of(
            "decision", "inputData", "knowledgeSource", "businessKnowledgeModel", "textAnnotation");

    static String camundaVersion;

    @BeforeAll
    static void readCamundaVersion() throws Exception {
        Document pom = parse(PARENT_POM);
        NodeList versions = pom.getElementsByTagNameNS("*", "camunda.version");
        assertThat(versions.getLength()).as("camunda.version in the parent pom").isEqualTo(1);
        camundaVersion = versions.item(0).getTextContent().trim();
        assertThat(camundaVersion).matches("7\\.\\d+\\.\\d+");
    }

    static Stream<Path> bpmnFiles() throws IOException {
        return files(MODELS, ".bpmn");
    }

    static Stream<Path> dmnFiles() throws IOException {
        return files(MODELS, ".dmn");
    }

    static Stream<Path> definitionFiles() throws IOException {
        return Stream.concat(bpmnFiles(), dmnFiles());
    }

    static Stream<Path> formFiles() throws IOException {
        return files(FORMS, ".form");
    }

    @Test
    void theModelsAreThere() throws IOException {
        assertThat(bpmnFiles()).as("BPMN files in %s", MODELS).isNotEmpty();
        assertThat(dmnFiles()).as("DMN files in %s", MODELS).isNotEmpty();
        assertThat(formFiles()).as("forms in %s", FORMS).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitionFiles")
    void definitionsDeclareTheCamunda7ExecutionPlatform(Path file) throws Exception {
        Element definitions = parse(file).getDocumentElement();

        assertThat(definitions.getLocalName()).isEqualTo("definitions");
        assertThat(definitions.getNamespaceURI())
                .as("%s: BPMN 2.0 or DMN 1.3 definitions", file)
                .isEqualTo(file.toString().endsWith(".dmn") ? DMN13_NS : BPMN_NS);
        assertThat(definitions.getAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "modeler"))
                .as("%s: xmlns:modeler", file).isEqualTo(MODELER_NS);
        assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatform"))
                .as("%s: modeler:executionPlatform", file).isEqualTo(EXECUTION_PLATFORM);
        assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatformVersion"))
                .as("%s: modeler:executionPlatformVersion", file).isEqualTo(camundaVersion);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void everyDrawnBpmnElementHasExactlyOneShapeOrEdge(Path file) throws Exception {
        Document document = parse(file);

        Map<String, Element> modelElements = new HashMap<>();
        List<Element> drawn = new ArrayList<>();
        for (Element element : elements(document, BPMN_NS, "*")) {
            String id = element.getAttribute("id");
            if (!id.isEmpty()) {
                modelElements.put(id, element);
            }
            if (DRAWN_BPMN_ELEMENTS.contains(element.getLocalName())) {
                drawn.add(element);
            }
        }

        Map<String, Integer> diCount = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Element shape : elements(document, BPMNDI_NS, "BPMNShape")) {
            String ref = shape.getAttribute("bpmnElement");
            diCount.merge(ref, 1, Integer::sum);
            if (!modelElements.containsKey(ref)) {
                problems.add("shape " + shape.getAttribute("id") + " points at a missing element <" + ref + ">");
            }
            if (childElements(shape, DC_NS, "Bounds").isEmpty()) {
                problems.add("shape " + shape.getAttribute("id") + " has no dc:Bounds");
            }
        }
        for (Element edge : elements(document, BPMNDI_NS, "BPMNEdge")) {
            String ref = edge.getAttribute("bpmnElement");
            diCount.merge(ref, 1, Integer::sum);
            if (!modelElements.containsKey(ref)) {
                problems.add("edge " + edge.getAttribute("id") + " points at a missing element <" + ref + ">");
            }
            if (childElements(edge, DI_NS, "waypoint").size() < 2) {
                problems.add("edge " + edge.getAttribute("id") + " has fewer than two waypoints");
            }
        }

        for (Element element : drawn) {
            String id = element.getAttribute("id");
            int count = diCount.getOrDefault(id, 0);
            if (count == 0) {
                problems.add(element.getLocalName() + " " + id + " has no shape or edge: the Modeler would not show it");
            } else if (count > 1) {
                problems.add(element.getLocalName() + " " + id + " has " + count + " shapes or edges");
            }
        }

        Set<String> planes = new HashSet<>();
        for (Element plane : elements(document, BPMNDI_NS, "BPMNPlane")) {
            String ref = plane.getAttribute("bpmnElement");
            planes.add(ref);
            if (!modelElements.containsKey(ref)) {
                problems.add("plane " + plane.getAttribute("id") + " points at a missing element <" + ref + ">");
            }
        }
        Set<String> processesInPools = new HashSet<>();
        for (Element participant : elements(document, BPMN_NS, "participant")) {
            processesInPools.add(participant.getAttribute("processRef"));
        }
        for (Element process : elements(document, BPMN_NS, "process")) {
            String id = process.getAttribute("id");
            if (!planes.contains(id) && !processesInPools.contains(id)) {
                problems.add("process " + id + " is on no diagram plane and in no pool");
            }
        }
        for (Element shape : elements(document, BPMNDI_NS, "BPMNShape")) {
            Element element = modelElements.get(shape.getAttribute("bpmnElement"));
            boolean subProcess = element != null
                    && Set.of("subProcess", "transaction", "adHocSubProcess").contains(element.getLocalName());
            if (subProcess && !"true".equals(shape.getAttribute("isExpanded"))
                    && !planes.contains(element.getAttribute("id"))) {
                problems.add("collapsed sub-process " + element.getAttribute("id") + " has no plane of its own");
            }
        }

        assertThat(problems).as("%s: diagram interchange (DI) problems", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    void everyDrgElementHasAShapeInTheDrd(Path file) throws Exception {
        Document document = parse(file);

        Set<String> shapes = new HashSet<>();
        for (Element shape : elements(document, DMNDI13_NS, "DMNShape")) {
            shapes.add(shape.getAttribute("dmnElementRef"));
        }

        List<String> missing = new ArrayList<>();
        Element definitions = document.getDocumentElement();
        for (Element element : childElements(definitions, DMN13_NS, "*")) {
            if (DRAWN_DMN_ELEMENTS.contains(element.getLocalName()) && !shapes.contains(element.getAttribute("id"))) {
                missing.add(element.getLocalName() + " " + element.getAttribute("id"));
            }
        }
        assertThat(missing).as("%s: DRG elements without a DMNShape", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void formsDeclareTheCamunda7ExecutionPlatformAndASchemaVersionTheTasklistRenders(Path file) throws Exception {
        Integer maxSchemaVersion = FORM_SCHEMA_VERSION_BY_CAMUNDA.get(camundaVersion);
        if (maxSchemaVersion == null) {
            fail("Which form-js schemaVersion does Camunda " + camundaVersion + " render? "
                    + "Look it up (camunda-webapp-webjar, lib/deps.js) and add it to FORM_SCHEMA_VERSION_BY_CAMUNDA");
        }

        JsonNode form = new ObjectMapper().readTree(file.toFile());
        String fileName = file.getFileName().toString();

        assertThat(form.path("executionPlatform").asText()).as("%s: executionPlatform", file).isEqualTo(EXECUTION_PLATFORM);
        assertThat(form.path("executionPlatformVersion").asText()).as("%s: executionPlatformVersion", file).isEqualTo(camundaVersion);
        assertThat(form.path("schemaVersion").isInt()).as("%s: schemaVersion is a number", file).isTrue();
        assertThat(form.path("schemaVersion").asInt()).as("%s: schemaVersion", file).isBetween(1, maxSchemaVersion);
        assertThat(form.path("type").asText()).as("%s: type", file).isEqualTo("default");
        assertThat(form.path("id").asText()).as("%s: id (what camunda:formRef points at)", file)
                .isEqualTo(fileName.substring(0, fileName.length() - ".form".length()));
        assertThat(form.path("components").isArray()).as("%s: components", file).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void everyFormRefPointsAtADeployedForm(Path file) throws Exception {
        Set<String> formIds = new HashSet<>();
        try (Stream<Path> forms = formFiles()) {
            for (Path form : (Iterable<Path>) forms::iterator) {
                formIds.add(new ObjectMapper().readTree(form.toFile()).path("id").asText());
            }
        }

        List<String> problems = new ArrayList<>();
        for (Element element : elements(parse(file), BPMN_NS, "*")) {
            if (!element.hasAttributeNS(CAMUNDA_NS, "formRef")) {
                continue;
            }
            String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
            if (!formIds.contains(formRef)) {
                problems.add(element.getAttribute("id") + ": camunda:formRef <" + formRef + "> is no form in " + FORMS);
            }
            if (!"deployment".equals(element.getAttributeNS(CAMUNDA_NS, "formRefBinding"))) {
                problems.add(element.getAttribute("id") + ": camunda:formRefBinding is not \"deployment\"");
            }
        }
        assertThat(problems).as("%s: form references", file).isEmpty();
    }

    // helpers

    static Stream<Path> files(Path directory, String extension) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(path -> path.getFileName().toString().endsWith(extension)).sorted().toList().stream();
        }
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> childElements(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && namespace.equals(element.getNamespaceURI())
                    && ("*".equals(localName) || localName.equals(element.getLocalName()))) {
                result.add(element);
            }
        }
        return result;
    }
}
