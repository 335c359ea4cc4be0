package org.opora.core.impl.internal.exchange;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.Representative;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.model.RepresentativeEntity;
import org.opora.core.impl.internal.pupil.PupilQueries;
import org.opora.platform.api.i18n.Translator;

/**
 * The pupil list as a workbook whose headers are the import's column names, so an exported file can be corrected
 * and imported into another installation; two representatives per pupil, as the import reads them.
 */
final class PupilExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int REPRESENTATIVES = 2;

    private final Translator translator;
    private final CoreLists lists;
    private final Locale locale;

    PupilExport(Translator translator, CoreLists lists, Locale locale) {
        this.translator = translator;
        this.lists = lists;
        this.locale = locale == null ? Locale.forLanguageTag("ru") : locale;
    }

    byte[] write(EntityManager em, AcademicYear year, PupilQuery query) {
        List<Pupil> pupils = PupilQueries.find(em, year, query, 0, Integer.MAX_VALUE);
        Map<Long, List<Representative>> reps = new HashMap<>();
        for (RepresentativeEntity r : em.createQuery("select r from RepresentativeEntity r order by r.id",
                RepresentativeEntity.class).getResultList()) {
            reps.computeIfAbsent(r.getPupilId(), id -> new ArrayList<>()).add(r.toRecord());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Pupil p : pupils) {
            List<String> row = new ArrayList<>(List.of(p.name().surname(), p.name().name(), p.name().patronymic(),
                    DAY.format(p.birthDate()), sex(p.sex()), p.className(), p.classTeacher()));
            List<Representative> own = reps.getOrDefault(p.id(), List.of());
            for (int i = 0; i < REPRESENTATIVES; i++) {
                if (i < own.size()) {
                    Representative r = own.get(i);
                    row.addAll(List.of(r.fullName(), lists.label(ReferenceList.RELATIONS, r.relation(), locale),
                            r.phone(), r.email()));
                } else {
                    row.addAll(List.of("", "", "", ""));
                }
            }
            rows.add(row);
        }
        return new XlsxWriter().write(text("core.export.sheet"), header(), rows);
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        for (String c : List.of("surname", "name", "patronymic", "birthDate", "sex", "class")) {
            header.add(text("core.import.column." + c));
        }
        header.add(text("core.export.column.classTeacher"));
        for (int i = 1; i <= REPRESENTATIVES; i++) {
            String suffix = i == 1 ? "" : " " + i;
            for (String c : List.of("representative", "relation", "phone", "email")) {
                header.add(text("core.import.column." + c) + suffix);
            }
        }
        return header;
    }

    private String sex(Sex sex) {
        String words = text(sex == Sex.MALE ? "core.import.value.male" : "core.import.value.female");
        int bar = words.indexOf('|');
        return bar < 0 ? words : words.substring(0, bar);
    }

    private String text(String key) {
        return translator.translate(key, locale);
    }
}
