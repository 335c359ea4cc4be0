package org.opora.platform.api.print;

import java.util.List;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/** A block of a {@link PrintDocument}, laid out top to bottom; the renderer breaks pages between and inside. */
@ProviderType
public sealed interface Block {

    /** Horizontal alignment of a paragraph. */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A heading; level 1 is the document title size, 2 and 3 smaller. */
    record Heading(String text, int level) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1..3: " + level);
            }
        }
    }

    /** Wrapped text; line breaks in the text start new lines. */
    record Paragraph(String text, Align align, boolean bold) implements Block {
        public Paragraph {
            text = text == null ? "" : text;
            align = align == null ? Align.LEFT : align;
        }
    }

    /** Label / value rows of a form header (the pupil's full name | its value). */
    record Fields(List<Field> rows) implements Block {
        public Fields {
            rows = List.copyOf(rows);
        }
    }

    /** One row of {@link Fields}. */
    record Field(String label, String value) {
        public Field {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
        }
    }

    /** A table with a header row repeated on every page; columns share the width by their weights. */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, table " + columns.size());
                }
            }
        }
    }

    /** A table column. */
    record Column(String header, float weight) {
        public Column {
            header = header == null ? "" : header;
            if (weight <= 0) {
                throw new IllegalArgumentException("column weight must be positive");
            }
        }
    }

    /**
     * The approval block in the top right corner of a regulation form: "approved" (in the form's language), the position, a line
     * for the signature with the name, and the date line.
     */
    record Approval(List<String> lines) implements Block {
        public Approval {
            lines = List.copyOf(lines);
        }
    }

    /** Signature lines at the end of a form: role, a line to sign on, name and optionally a date line. */
    record Signatures(List<Signature> signatures) implements Block {
        public Signatures {
            signatures = List.copyOf(signatures);
        }
    }

    /** One signature line. */
    record Signature(String role, String name, boolean dated) {
        public Signature {
            role = role == null ? "" : role;
            name = name == null ? "" : name;
        }
    }

    /** How a {@link Chart} is drawn. */
    enum ChartKind { BAR, PIE, LINE }

    /**
     * A chart drawn by the platform (bars, a pie or lines) with the print's fonts, so that Cyrillic renders; the same
     * picture a page shows through {@link DocumentService#chart}. Categories keep the order of their first value.
     *
     * @param title     the chart's title
     * @param kind      how it is drawn
     * @param valueAxis the name of the values; may be empty
     * @param values    the values, each of a series (empty for one series) and a category
     * @since 1.1
     */
    record Chart(String title, ChartKind kind, String valueAxis, List<ChartValue> values) implements Block {
        public Chart {
            title = title == null ? "" : title;
            Objects.requireNonNull(kind, "kind");
            valueAxis = valueAxis == null ? "" : valueAxis;
            values = List.copyOf(values);
        }
    }

    /**
     * One value of a {@link Chart}.
     *
     * @since 1.1
     */
    record ChartValue(String series, String category, double value) {
        public ChartValue {
            series = series == null ? "" : series;
            category = category == null ? "" : category;
        }
    }

    /** Vertical space in points. */
    record Spacer(float height) implements Block {
    }

    /** Starts a new page. */
    record PageBreak() implements Block {
    }
}
