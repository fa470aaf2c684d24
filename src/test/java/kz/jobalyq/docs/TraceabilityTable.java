package kz.jobalyq.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.jobalyq.docs.ParagraphReferences.Reference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds docs/TRACEABILITY.md from the repository alone: the paragraph references in the models'
 * documentation (BPMN {@code <documentation>}, DMN {@code <description>}), the element each belongs
 * to, and the tests that name that element through its process descriptor's constant.
 */
final class TraceabilityTable {

  static final Map<String, String> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("000", "Project-management regulation of the Ministry of Ecology, Geology and Natural Resources "
        + "(order No. 269-ө, 2021) — «Жобалық басқару регламенті»");
    SOURCES.put("001", "Project-office regulation of the State Revenue Committee of the Ministry of Finance");
    SOURCES.put("002", "Government decree No. 504 (2014) on the State Planning System: A1 = the system (§1–62), "
        + "A2 = the rules for developing, implementing, monitoring, evaluating and controlling planning documents "
        + "(§1–199)");
    SOURCES.put("003", "Government resolution No. 688 (2011): the EU–Kazakhstan financing agreement "
        + "«Public sector reform and modernisation» — SC = Special Conditions, GC = General Conditions (Annex 1), "
        + "TAP = Technical and Administrative Provisions (Annex 2)");
    SOURCES.put("004", "Rules for the operational plan of a state body (2022 wording)");
    SOURCES.put(ParagraphReferences.WORKING_DAYS, "Working days and periods: the Civil Code's rule on periods "
        + "(a period starts the day after its event, ends at the end of its last day, moved to the next working "
        + "day), the public holidays and the government's transfers of days off");
  }

  private static final Set<String> ELEMENTS = Set.of("process", "subProcess", "userTask", "serviceTask",
      "businessRuleTask", "sendTask", "scriptTask", "callActivity", "startEvent", "endEvent", "boundaryEvent",
      "intermediateCatchEvent", "intermediateThrowEvent", "exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "eventBasedGateway", "decision", "rule");
  private static final Pattern CONSTANT = Pattern.compile(
      "static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"\\s*;");
  private static final Pattern TEST_METHOD = Pattern.compile("@(?:Test|ParameterizedTest)\\b[^{;]*?void\\s+(\\w+)\\s*\\(",
      Pattern.DOTALL);

  private final Path root;
  /** Descriptor class → the process it describes (its {@code KEY}). */
  private final Map<String, String> processKeys = new TreeMap<>();

  TraceabilityTable(Path root) {
    this.root = root;
  }

  /** One documented element of a model. */
  record ModelElement(String file, String id, String kind, String name, List<Reference> references) {
  }

  String render() {
    List<ModelElement> elements = elements();
    Map<String, List<String>> constantsById = constants();
    Map<String, String> testSources = testSources();
    Map<String, TreeMap<Reference, List<ModelElement>>> bySource = new TreeMap<>(
        Comparator.comparingInt(source -> new ArrayList<>(SOURCES.keySet()).indexOf(source)));
    List<ModelElement> unreferenced = new ArrayList<>();
    for (ModelElement element : elements) {
      if (element.references().isEmpty()) {
        unreferenced.add(element);
      }
      for (Reference reference : element.references()) {
        bySource.computeIfAbsent(reference.seed(), seed -> new TreeMap<>())
            .computeIfAbsent(reference, ref -> new ArrayList<>()).add(element);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Traceability: regulation paragraph → model element → test\n\n")
        .append("Generated from the `<documentation>` of `processes/*.bpmn` and the `<description>` of `dmn/*.dmn` by\n")
        .append("`TraceabilityTableTest`, which fails when this file is stale. Do not edit it by hand: change the\n")
        .append("models' documentation, then run\n\n")
        .append("```bash\n./mvnw test -Dtest=TraceabilityTableTest -Djobalyq.traceability.write=true\n```\n\n")
        .append("A test is listed for an element when it names the element through its process descriptor's\n")
        .append("constant (or the decision it belongs to); `Class` alone means a helper of that test class does.\n\n")
        .append("## Sources\n\n| key | document |\n|---|---|\n");
    SOURCES.forEach((key, title) -> out.append("| ").append(key).append(" | ").append(title).append(" |\n"));
    for (Map.Entry<String, TreeMap<Reference, List<ModelElement>>> source : bySource.entrySet()) {
      out.append("\n## ").append(source.getKey()).append("\n\n| § | model element | tests |\n|---|---|---|\n");
      for (Map.Entry<Reference, List<ModelElement>> paragraph : source.getValue().entrySet()) {
        for (ModelElement element : paragraph.getValue()) {
          out.append("| ").append(paragraph.getKey().label()).append(" | ").append(describe(element)).append(" | ")
              .append(String.join(", ", testsOf(element, constantsById, testSources))).append(" |\n");
        }
      }
    }
    out.append("\n## Elements without a paragraph reference\n\n")
        .append("Steps that carry no rule of their own (joins, notices, technical steps) or whose rule is the\n")
        .append("enclosing process's.\n\n| model element |\n|---|\n");
    unreferenced.forEach(element -> out.append("| ").append(describe(element)).append(" |\n"));
    return out.toString();
  }

  private static String describe(ModelElement element) {
    String name = element.name() == null ? "" : " «" + element.name().replace("|", "/").replaceAll("\\s+", " ") + "»";
    return "`" + element.file() + "` " + element.kind() + " `" + element.id() + "`" + name;
  }

  private List<String> testsOf(ModelElement element, Map<String, List<String>> constantsById,
      Map<String, String> testSources) {
    Set<String> names = new TreeSet<>();
    String model = element.file().replaceAll("^(processes|dmn)/|\\.(bpmn|dmn)$", "");
    List<String> constants = new ArrayList<>();
    if (element.file().startsWith("dmn/")) {
      // A decision or one of its rules: the tests that evaluate the decision.
      constants.addAll(constantsById.getOrDefault(model, List.of()));
    } else {
      // The same element id in another process (every process has its own "Task_Review…") is not this one.
      constantsById.getOrDefault(element.id(), List.of()).stream()
          .filter(constant -> model.equals(processKeys.get(constant.substring(0, constant.indexOf('.')))))
          .forEach(constants::add);
    }
    for (Map.Entry<String, String> test : testSources.entrySet()) {
      String className = test.getKey();
      String source = test.getValue();
      boolean named = constants.stream().anyMatch(constant -> mentions(source, constant))
          || source.contains("\"" + element.id() + "\"");
      if (!named) {
        continue;
      }
      List<String> methods = methodsMentioning(source, constants, element.id());
      if (methods.isEmpty()) {
        names.add("`" + className + "`");
      } else {
        methods.forEach(method -> names.add("`" + className + "." + method + "`"));
      }
    }
    return new ArrayList<>(names);
  }

  /** {@code Owner.NAME} or, where statically imported, {@code NAME}. */
  private static boolean mentions(String source, String qualifiedConstant) {
    String owner = qualifiedConstant.substring(0, qualifiedConstant.indexOf('.'));
    String name = qualifiedConstant.substring(qualifiedConstant.indexOf('.') + 1);
    return names(source, qualifiedConstant)
        || (source.contains("import static") && source.contains(owner + "." + name + ";")
            && Pattern.compile("\\b" + name + "\\b").matcher(source).results().count() > 1);
  }

  /** {@code Owner.NAME} itself, not a longer constant it begins ({@code TASK_DECIDE} in {@code TASK_DECIDE_JOINTLY}). */
  private static boolean names(String source, String qualifiedConstant) {
    return Pattern.compile(Pattern.quote(qualifiedConstant) + "\\b").matcher(source).find();
  }

  private static List<String> methodsMentioning(String source, List<String> constants, String id) {
    List<String> methods = new ArrayList<>();
    Matcher matcher = TEST_METHOD.matcher(source);
    List<int[]> bounds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (matcher.find()) {
      bounds.add(new int[] {matcher.start(), 0});
      names.add(matcher.group(1));
    }
    for (int i = 0; i < bounds.size(); i++) {
      int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : source.length();
      String body = source.substring(bounds.get(i)[0], end);
      // A test's body ends where the next member begins; helpers after the last test are not its body.
      int helper = body.indexOf("\n  private ");
      String own = helper > 0 ? body.substring(0, helper) : body;
      boolean named = own.contains("\"" + id + "\"") || constants.stream().anyMatch(constant ->
          names(own, constant) || Pattern.compile("\\b" + constant.substring(constant.indexOf('.') + 1) + "\\b")
              .matcher(own).find() && own.contains(constant.substring(0, constant.indexOf('.'))));
      if (named) {
        methods.add(names.get(i));
      }
    }
    return methods;
  }

  List<ModelElement> elements() {
    List<ModelElement> elements = new ArrayList<>();
    for (Path model : files(root.resolve("processes"), ".bpmn")) {
      read(model, "documentation", elements);
    }
    for (Path model : files(root.resolve("dmn"), ".dmn")) {
      read(model, "description", elements);
    }
    return elements;
  }

  private void read(Path model, String documentationTag, List<ModelElement> elements) {
    Document document = parse(model);
    String file = root.relativize(model).toString().replace('\\', '/');
    String defaultSeed = null;
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (!ELEMENTS.contains(element.getLocalName()) || element.getAttribute("id").isEmpty()) {
        continue;
      }
      String text = documentationOf(element, documentationTag);
      if (defaultSeed == null) {
        defaultSeed = ParagraphReferences.firstSeed(text);
      }
      String name = element.hasAttribute("name") ? element.getAttribute("name") : null;
      elements.add(new ModelElement(file, element.getAttribute("id"), element.getLocalName(), name,
          ParagraphReferences.in(text, defaultSeed)));
    }
  }

  private static String documentationOf(Element element, String tag) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement && tag.equals(childElement.getLocalName())) {
        return childElement.getTextContent();
      }
    }
    return null;
  }

  /** Element id or decision key → {@code Descriptor.CONSTANT} names of src/main/java; fills {@link #processKeys}. */
  private Map<String, List<String>> constants() {
    Map<String, List<String>> byValue = new TreeMap<>();
    for (Path source : files(root.resolve("src/main/java"), ".java")) {
      String text = readString(source);
      String owner = source.getFileName().toString().replace(".java", "");
      Matcher matcher = CONSTANT.matcher(text);
      while (matcher.find()) {
        byValue.computeIfAbsent(matcher.group(2), value -> new ArrayList<>()).add(owner + "." + matcher.group(1));
        if ("KEY".equals(matcher.group(1))) {
          processKeys.put(owner, matcher.group(2));
        }
      }
    }
    return byValue;
  }

  private Map<String, String> testSources() {
    Map<String, String> sources = new TreeMap<>();
    for (Path source : files(root.resolve("src/test/java"), "Test.java")) {
      sources.put(source.getFileName().toString().replace(".java", ""), readString(source));
    }
    return sources;
  }

  private static List<Path> files(Path directory, String suffix) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readString(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document parse(Path model) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(model.toFile());
    } catch (Exception e) {
      throw new IllegalStateException(model + " cannot be read", e);
    }
  }
}
