package org.opora.programmes.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.platform.testing.TypedConfig;
import org.opora.programmes.impl.internal.config.ListsConfig;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.config.ProgrammeSettingsServiceImpl;
import org.opora.programmes.impl.internal.config.RulesConfig;

/** A school for the planner's tests: three classes of twenty in every grade, some pupils flagged. */
final class DemoSchool {

    static final Set<Long> AT_RISK = Set.of(301L, 455L, 602L, 755L, 1010L, 1111L, 905L);
    static final Set<Long> OVZ = Set.of(135L, 410L, 808L);
    static final Set<Long> DISABLED = Set.of(410L);
    static final Set<Long> GIFTED = Set.of(222L, 690L);

    private DemoSchool() {
    }

    /** Class {@code grade * 10 + n}, pupil ids {@code grade * 100 + ...}; one archived pupil. */
    static DemoPlanner.School school(Map<String, Set<Long>> flagged, Set<Long> atRisk) {
        List<Pupil> pupils = new ArrayList<>();
        Map<Long, Integer> grades = new HashMap<>();
        for (int grade = 1; grade <= 11; grade++) {
            for (int n = 0; n < 3; n++) {
                long classId = grade * 10L + n;
                grades.put(classId, grade);
                for (int i = 0; i < 20; i++) {
                    long id = grade * 100L + n * 20 + i + 1;
                    pupils.add(pupil(id, classId, grade + "\u0410\u0411\u0412".substring(n, n + 1)));
                }
            }
        }
        pupils.add(new Pupil(5000, new PersonName("Archived", "Pupil", ""), LocalDate.of(2010, 1, 1), Sex.MALE,
                null, "", null, "", true, 1));
        return new DemoPlanner.School(pupils, atRisk, flagged, grades);
    }

    static DemoPlanner.School school() {
        return school(Map.of("ovz", OVZ, "disabled", DISABLED, "gifted", GIFTED, "at-risk", AT_RISK), AT_RISK);
    }

    static Pupil pupil(long id, long classId, String className) {
        return new Pupil(id, new PersonName("Surname" + id, "Name", ""), LocalDate.of(2012, 1, 1), Sex.FEMALE,
                classId, className, 1L, "Teacher", false, 1);
    }

    /**
     * The rules as the module's settings service reports them with the defaults of its configuration, some values
     * replaced.
     */
    static DemoRules rules(Map<String, Object> values) {
        return DemoRules.of(new ProgrammeSettingsServiceImpl(new ProgrammeRules(TypedConfig.of(RulesConfig.class, values)),
                new ProgrammeLists(TypedConfig.defaults(ListsConfig.class))));
    }

    static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
