package cn.courts.enforcement.model.parameter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The small CSV dialect of the parameter tables: {@code #} comment lines, blank lines ignored, a fixed
 * header, comma-separated fields, a field may be double-quoted (with {@code ""} for a quote) when it
 * holds a comma. Fields are stripped of surrounding blanks. No multi-line fields.
 */
final class CsvTable {

    record Row(int lineNumber, List<String> fields) {
        String field(int index) {
            return fields.get(index);
        }
    }

    private CsvTable() {
    }

    static List<Row> read(Reader reader, String sourceName, List<String> header) {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, sourceName, lineNumber);
                if (!headerSeen) {
                    if (!fields.equals(header)) {
                        throw new LegalParameterTableException(sourceName, lineNumber,
                                "expected the header '" + String.join(",", header) + "' but found '" + line.strip() + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new LegalParameterTableException(sourceName, lineNumber, "expected " + header.size()
                            + " fields (" + String.join(",", header) + ") but found " + fields.size());
                }
                rows.add(new Row(lineNumber, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + sourceName, e);
        }
        if (!headerSeen) {
            throw new LegalParameterTableException(sourceName, "no header line '" + String.join(",", header) + "' found");
        }
        return rows;
    }

    static <T> T readResource(String resource, Function<Reader, T> parser) {
        InputStream in = CsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Resource " + resource + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static List<String> split(String line, String sourceName, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new LegalParameterTableException(sourceName, lineNumber,
                        "unexpected text after a closing quote in field " + (fields.size() + 1));
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new LegalParameterTableException(sourceName, lineNumber, "unterminated quote in field " + (fields.size() + 1));
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
