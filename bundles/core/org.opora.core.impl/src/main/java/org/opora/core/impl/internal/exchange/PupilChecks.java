package org.opora.core.impl.internal.exchange;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.exchange.ImportIssue;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.RepresentativeDraft;

/** The checks of the rows of one pupil file; it remembers what earlier rows gave, to find duplicates. */
final class PupilChecks {

    private final ImportContext context;
    private final ImportVocabulary vocabulary;
    private final List<ImportIssue> notes;
    private final Map<String, Integer> firstRowOfPupil = new HashMap<>();
    private final Map<String, Boolean> classExists = new HashMap<>();

    PupilChecks(ImportContext context, ImportVocabulary vocabulary, List<ImportIssue> notes) {
        this.context = context;
        this.vocabulary = vocabulary;
        this.notes = notes;
    }

    /** The row when it has no problem; its problems are added to the file's issues either way. */
    Optional<PupilRow> row(RowCells cells) {
        PersonName name = cells.personName();
        LocalDate birthDate = birthDate(cells);
        Sex sex = sex(cells);
        ClassDraft klass = klass(cells);
        List<RepresentativeDraft> representatives = new RepresentativeCells(cells, context.relations()).read();
        if (name != null && birthDate != null) {
            duplicate(cells.issues(), name, birthDate);
        }
        if (!cells.issues().clean()) {
            return Optional.empty();
        }
        return Optional.of(new PupilRow(cells.issues().row(), name, birthDate, sex, klass, representatives));
    }

    private LocalDate birthDate(RowCells cells) {
        String text = cells.required(Column.BIRTH_DATE);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = Values.date(text);
        if (date.isEmpty()) {
            Optional<String[]> why = Values.impossible(text);
            if (why.isPresent()) {
                String[] w = why.get();
                cells.issue(Column.BIRTH_DATE, 1, w[0], java.util.Arrays.copyOfRange(w, 1, w.length));
            } else {
                cells.issue(Column.BIRTH_DATE, 1, "core.import.error.date");
            }
            return null;
        }
        Period age = Period.between(date.get(), context.today());
        if (age.isNegative() || age.getYears() < context.minPupilAge() || age.getYears() > context.maxPupilAge()) {
            cells.issue(Column.BIRTH_DATE, 1, "core.import.error.age", String.valueOf(context.minPupilAge()),
                    String.valueOf(context.maxPupilAge()));
            return null;
        }
        return date.get();
    }

    private Sex sex(RowCells cells) {
        String text = cells.required(Column.SEX);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Sex> sex = vocabulary.sex(text);
        if (sex.isEmpty()) {
            cells.issue(Column.SEX, 1, "core.import.error.sex");
        }
        return sex.orElse(null);
    }

    private ClassDraft klass(RowCells cells) {
        String text = cells.required(Column.CLASS);
        if (text.isEmpty()) {
            return null;
        }
        ClassDraft klass;
        try {
            klass = ClassDraft.parse(text, null);
        } catch (IllegalArgumentException e) {
            cells.issue(Column.CLASS, 1, "core.import.error.class");
            return null;
        }
        if (klass.grade() < 1 || klass.grade() > context.highestGrade()) {
            cells.issue(Column.CLASS, 1, "core.import.error.grade", String.valueOf(context.highestGrade()));
            return null;
        }
        String name = klass.grade() + klass.letter();
        if (!classExists.computeIfAbsent(name, context::classExists)) {
            // announced once, and from then on taken as existing
            classExists.put(name, Boolean.TRUE);
            notes.add(ImportIssue.of(0, "", "core.import.note.newClass", name));
        }
        return klass;
    }

    private void duplicate(RowIssues issues, PersonName name, LocalDate birthDate) {
        String key = Texts.key(name.surname()) + '|' + Texts.key(name.name()) + '|' + Texts.key(name.patronymic())
                + '|' + birthDate;
        Integer first = firstRowOfPupil.putIfAbsent(key, issues.row());
        if (first != null) {
            issues.add("", "core.import.error.duplicateRow", String.valueOf(first));
        }
        if (context.pupilExists(name, birthDate)) {
            issues.add("", "core.import.error.pupilExists");
        }
    }
}
