package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opora.core.api.exchange.ImportIssue;

/**
 * Which column of a file holds what. Headers are recognised by name in any language, ignoring case, spaces and
 * punctuation; a header ending in "2" (e.g. "Phone 2") belongs to the second set where the file kind has one, such as
 * a second legal representative.
 */
final class HeaderMap {

    /** A recognised column: what it holds and for which set (1, or 2 for the second representative). */
    record Slot(Column column, int set) {
    }

    private final List<String> header;
    private final ImportVocabulary vocabulary;
    private final Map<Slot, Integer> indexes = new HashMap<>();
    private final List<String> recognised = new ArrayList<>();

    private HeaderMap(List<String> header, ImportVocabulary vocabulary) {
        this.header = header;
        this.vocabulary = vocabulary;
    }

    /**
     * Maps the header of a table.
     *
     * @param allowed the slots the file kind has; other headers are noted as ignored
     * @param issues  receives a file-level issue for each column given twice
     * @param notes   receives a note for each column that is ignored
     */
    static HeaderMap of(Table table, ImportVocabulary vocabulary, List<Slot> allowed, List<ImportIssue> issues,
            List<ImportIssue> notes) {
        HeaderMap map = new HeaderMap(table.header(), vocabulary);
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            Optional<Slot> slot = map.slot(name).filter(allowed::contains);
            if (name.isEmpty()) {
                if (hasData(table, i)) {
                    notes.add(ImportIssue.of(0, "", "core.import.note.unnamedColumn", CellRef.letters(i)));
                }
            } else if (slot.isEmpty()) {
                notes.add(ImportIssue.of(0, name, "core.import.note.unknownColumn"));
            } else if (map.indexes.containsKey(slot.get())) {
                issues.add(ImportIssue.of(0, name, "core.import.error.duplicateColumn"));
            } else {
                map.indexes.put(slot.get(), i);
                map.recognised.add(name);
            }
        }
        return map;
    }

    /** Adds a file-level issue for each slot the file lacks. */
    void require(List<Slot> required, List<ImportIssue> issues) {
        for (Slot slot : required) {
            if (!has(slot)) {
                issues.add(ImportIssue.of(0, header(slot), "core.import.error.missingColumn"));
            }
        }
    }

    boolean has(Slot slot) {
        return indexes.containsKey(slot);
    }

    /** The cell of the slot in a row; empty when the file has no such column. */
    String value(List<String> row, Slot slot) {
        Integer index = indexes.get(slot);
        return index == null ? "" : row.get(index);
    }

    /** The header as the file writes it, or the column's name when the file lacks it. */
    String header(Slot slot) {
        Integer index = indexes.get(slot);
        if (index != null) {
            return header.get(index);
        }
        String label = vocabulary.label(slot.column());
        return slot.set() == 1 ? label : label + " " + slot.set();
    }

    /** The recognised headers in the file's order. */
    List<String> recognised() {
        return List.copyOf(recognised);
    }

    private Optional<Slot> slot(String name) {
        Optional<Column> column = vocabulary.column(name);
        if (column.isPresent()) {
            return Optional.of(new Slot(column.get(), 1));
        }
        String key = Texts.key(name);
        if (key.length() > 1 && (key.endsWith("1") || key.endsWith("2"))) {
            int set = key.charAt(key.length() - 1) - '0';
            return vocabulary.column(key.substring(0, key.length() - 1)).map(c -> new Slot(c, set));
        }
        return Optional.empty();
    }

    private static boolean hasData(Table table, int column) {
        return table.rows().stream().anyMatch(row -> !row.get(column).isEmpty());
    }
}
