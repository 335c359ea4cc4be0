package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.exchange.ImportIssue;
import org.opora.core.api.staff.StaffDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the rows of a staff file: surname, name, patronymic, position, specialist types (several in one cell,
 * separated by commas or semicolons), platform account, phone and e-mail. Every problem of every row is reported.
 */
public final class StaffRows {

    /** Platform account names: lower-case Latin letters, digits, dot, dash and underscore. */
    static final Pattern USERNAME = org.opora.core.impl.internal.support.Checks.USERNAME;

    private static final Logger LOG = LoggerFactory.getLogger(StaffRows.class);
    private static final Pattern TYPE_SEPARATORS = Pattern.compile("[,;\\n]");
    private static final List<Column> REQUIRED = List.of(Column.SURNAME, Column.NAME, Column.POSITION);
    private static final List<Column> ALLOWED = List.of(Column.SURNAME, Column.NAME, Column.PATRONYMIC,
            Column.POSITION, Column.SPECIALIST_TYPES, Column.USERNAME, Column.PHONE, Column.EMAIL);

    private final ImportContext context;
    private final ImportVocabulary vocabulary;

    public StaffRows(ImportContext context, ImportVocabulary vocabulary) {
        this.context = context;
        this.vocabulary = vocabulary;
    }

    /** Checks a table; with a required column missing only the file-level issues are reported. */
    public ParsedRows<StaffRow> parse(Table table) {
        List<ImportIssue> issues = new ArrayList<>(table.issues());
        List<ImportIssue> notes = new ArrayList<>();
        HeaderMap columns = HeaderMap.of(table, vocabulary, slots(ALLOWED), issues, notes);
        columns.require(slots(REQUIRED), issues);
        List<StaffRow> rows = new ArrayList<>();
        if (issues.stream().noneMatch(i -> i.row() == 0)) {
            Map<String, Integer> firstRowOfUsername = new HashMap<>();
            for (int i = 0; i < table.rows().size(); i++) {
                int number = Table.rowNumber(i);
                RowCells cells = new RowCells(columns, table.rows().get(i), new RowIssues(number, issues));
                if (!cells.blank()) {
                    row(cells, firstRowOfUsername).ifPresent(rows::add);
                }
            }
        }
        issues.sort(Comparator.comparingInt(ImportIssue::row));
        LOG.debug("Staff file: {} rows accepted, {} issues, {} notes", rows.size(), issues.size(), notes.size());
        return new ParsedRows<>(columns.recognised(), rows, issues, notes);
    }

    private Optional<StaffRow> row(RowCells cells, Map<String, Integer> firstRowOfUsername) {
        PersonName name = cells.personName();
        String position = cells.required(Column.POSITION);
        Values.fits(position, cells.header(Column.POSITION, 1), cells.issues());
        List<String> types = specialistTypes(cells);
        String username = username(cells, firstRowOfUsername);
        String phone = cells.value(Column.PHONE);
        String email = cells.value(Column.EMAIL);
        Values.phone(phone, cells.header(Column.PHONE, 1), cells.issues());
        Values.email(email, cells.header(Column.EMAIL, 1), cells.issues());
        if (!cells.issues().clean()) {
            return Optional.empty();
        }
        StaffDraft draft = new StaffDraft(name, position, types, username, phone, email);
        return Optional.of(new StaffRow(cells.issues().row(), draft));
    }

    /** The codes of the types named in the cell, by label or code; a label that has a comma may stand whole. */
    private List<String> specialistTypes(RowCells cells) {
        String text = cells.value(Column.SPECIALIST_TYPES);
        List<ListItem> known = context.specialistTypes();
        Set<String> codes = new LinkedHashSet<>();
        Optional<ListItem> whole = Values.item(known, text);
        if (whole.isPresent()) {
            return List.of(whole.get().code());
        }
        for (String part : TYPE_SEPARATORS.split(text)) {
            String type = Texts.strip(part);
            if (type.isEmpty()) {
                continue;
            }
            Optional<ListItem> item = Values.item(known, type);
            if (item.isPresent()) {
                codes.add(item.get().code());
            } else {
                cells.issue(Column.SPECIALIST_TYPES, 1, "core.import.error.specialistType", type,
                        Values.labels(known));
            }
        }
        return List.copyOf(codes);
    }

    private String username(RowCells cells, Map<String, Integer> firstRowOfUsername) {
        String username = cells.value(Column.USERNAME);
        if (username.isEmpty()) {
            return username;
        }
        if (!USERNAME.matcher(username).matches()) {
            cells.issue(Column.USERNAME, 1, "core.import.error.username");
            return username;
        }
        Integer first = firstRowOfUsername.putIfAbsent(username, cells.issues().row());
        if (first != null) {
            cells.issue(Column.USERNAME, 1, "core.import.error.usernameDuplicate", String.valueOf(first));
        } else if (context.usernameTaken(username)) {
            cells.issue(Column.USERNAME, 1, "core.import.error.usernameTaken");
        }
        return username;
    }

    private static List<HeaderMap.Slot> slots(List<Column> columns) {
        return columns.stream().map(c -> new HeaderMap.Slot(c, 1)).toList();
    }
}
