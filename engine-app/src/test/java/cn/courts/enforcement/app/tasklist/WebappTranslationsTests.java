package cn.courts.enforcement.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's own Simplified Chinese translation of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome),
 * src/main/resources/META-INF/resources/webjars/camunda/app/&lt;app&gt;/locales/zh.json, must cover the English
 * locale file shipped in the camunda-webapp-webjar on the classpath key by key: when a Camunda upgrade adds labels,
 * these tests name every one that still lacks a Chinese text.
 * <p>
 * Also checks each app's config.js override declares the locale. The webapps take navigator.languages[0], cut it at
 * the first "-" and lower-case it before looking it up in availableLocales, so a "zh-CN" browser asks for "zh": the
 * locale codes must be bare lower-case language codes, each with its locales/&lt;code&gt;.json.
 */
class WebappTranslationsTests {

    private static final String WEBAPP_ROOT = "/META-INF/resources/webjars/camunda/app/";
    private static final String CHINESE = "zh";

    /** {{name}}, {{ name }}: angular-translate interpolations; compared by the name inside the braces. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    /** HTML markup inside labels (rendered with ng-bind-html); "<null>", "<version>" are plain text, not tags. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(a|b|br|code|div|em|i|li|p|pre|small|span|strong|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAChineseTranslation(String app) throws IOException {
        Map<String, String> english = englishLabels(app);
        Map<String, String> chinese = chineseLabels(app);

        List<String> untranslated = new ArrayList<>();
        english.forEach((key, englishValue) -> {
            String chineseValue = chinese.get(key);
            boolean mayBeBlank = englishValue.isBlank() || isEnglishPluralSuffix(englishValue);
            if (chineseValue == null || (chineseValue.isBlank() && !mayBeBlank)) {
                untranslated.add(key + " (en: \"" + englishValue + "\")");
            }
        });
        assertThat(untranslated)
                .as("keys of %s/locales/en.json without a Chinese text in %s/locales/zh.json", app, app)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseFileHasNoKeyTheEnglishFileLacks(String app) throws IOException {
        Set<String> extra = new TreeSet<>(chineseLabels(app).keySet());
        extra.removeAll(englishLabels(app).keySet());
        assertThat(extra)
                .as("keys of %s/locales/zh.json that %s/locales/en.json (Camunda's) does not have", app, app)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseTextsKeepThePlaceholdersAndHtmlOfTheEnglishTexts(String app) throws IOException {
        Map<String, String> english = englishLabels(app);
        Map<String, String> chinese = chineseLabels(app);

        List<String> broken = new ArrayList<>();
        english.forEach((key, englishValue) -> {
            String chineseValue = chinese.get(key);
            if (chineseValue == null) {
                return; // reported by everyEnglishKeyHasAChineseTranslation
            }
            List<String> expectedPlaceholders = matches(PLACEHOLDER, englishValue, 1);
            List<String> actualPlaceholders = matches(PLACEHOLDER, chineseValue, 1);
            for (String placeholder : expectedPlaceholders) {
                if (!actualPlaceholders.contains(placeholder)) {
                    broken.add(key + ": lacks {{" + placeholder + "}} (zh: \"" + chineseValue + "\")");
                }
            }
            List<String> expectedTags = matches(HTML_TAG, englishValue, 0);
            List<String> actualTags = matches(HTML_TAG, chineseValue, 0);
            if (!expectedTags.toString().equalsIgnoreCase(actualTags.toString())) {
                broken.add(key + ": HTML " + actualTags + " instead of " + expectedTags);
            }
        });
        assertThat(broken).as("Chinese texts of %s that dropped placeholders or HTML", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configDeclaresChineseWithEnglishForOtherLanguages(String app) throws IOException {
        String config = stripLineComments(read(ownResource(app + "/scripts/config.js")));

        Matcher locales = Pattern.compile("\\blocales\\s*:\\s*\\{(.*?)}", Pattern.DOTALL).matcher(config);
        assertThat(locales.find()).as("%s/scripts/config.js has a locales entry", app).isTrue();
        String localesBlock = locales.group(1);

        Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]").matcher(localesBlock);
        assertThat(available.find()).as("%s: locales.availableLocales", app).isTrue();
        List<String> codes = Arrays.stream(available.group(1).split(","))
                .map(s -> s.trim().replaceAll("^['\"]|['\"]$", ""))
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(codes).as("%s: availableLocales", app).contains(CHINESE, "en");
        assertThat(codes).as("%s: the webapps match only the lower-case language part (zh-CN -> zh)", app)
                .allMatch(code -> code.matches("[a-z]+"));

        // either the literal 'en', or fallbackFor([...], 'en'): the browser's language when available, else 'en'
        Matcher fallback = Pattern.compile(
                "fallbackLocale\\s*:\\s*(?:fallbackFor\\(\\s*\\[([^]]*)]\\s*,\\s*)?['\"]([^'\"]+)['\"]")
                .matcher(localesBlock);
        assertThat(fallback.find()).as("%s: locales.fallbackLocale", app).isTrue();
        assertThat(fallback.group(2)).as("%s: the fallback for browsers of any other language", app)
                .isEqualTo("en");
        if (fallback.group(1) != null) {
            assertThat(fallback.group(1).replaceAll("\\s", "")).as("%s: fallbackFor(availableLocales, ...)", app)
                    .isEqualTo(available.group(1).replaceAll("\\s", ""));
            assertThat(config).as("%s: config.js defines fallbackFor", app).contains("function fallbackFor(");
        }

        for (String code : codes) {
            assertThat(getClass().getResource(WEBAPP_ROOT + app + "/locales/" + code + ".json"))
                    .as("%s declares locale %s: locales/%s.json must exist", app, code, code)
                    .isNotNull();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Map<String, String> englishLabels(String app) throws IOException {
        URL url = getClass().getResource(WEBAPP_ROOT + app + "/locales/en.json");
        assertThat(url).as("%s/locales/en.json on the classpath", app).isNotNull();
        assertThat(url.toString())
                .as("%s/locales/en.json must be Camunda's, from the webjar", app)
                .contains("camunda-webapp-webjar");
        return flatten(read(url));
    }

    private Map<String, String> chineseLabels(String app) throws IOException {
        return flatten(read(ownResource(app + "/locales/" + CHINESE + ".json")));
    }

    /** The project's own file (target/classes), which shadows any webjar file of the same name. */
    private URL ownResource(String pathUnderApp) {
        URL url = getClass().getResource(WEBAPP_ROOT + pathUnderApp);
        assertThat(url).as("%s on the classpath", pathUnderApp).isNotNull();
        assertThat(url.getProtocol())
                .as("%s must be the project's own file, not the webjar's (%s)", pathUnderApp, url)
                .isEqualTo("file");
        return url;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Camunda's en.json files start with a BOM
        }
    }

    /** Dotted keys of every leaf: labels.CLAIM, dateLocales.months[0], dateLocales.week.dow, ... */
    private Map<String, String> flatten(String text) throws IOException {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", json.readTree(text), flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    e.getValue(), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(path, node.isNull() ? "" : node.asText());
        }
    }

    /** Cockpit's PLGN_*_S labels hold the English plural "s"; Chinese has no plural ending, so it stays empty. */
    private static boolean isEnglishPluralSuffix(String englishValue) {
        return englishValue.equals("s");
    }

    private static List<String> matches(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    private static String stripLineComments(String js) {
        return js.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
