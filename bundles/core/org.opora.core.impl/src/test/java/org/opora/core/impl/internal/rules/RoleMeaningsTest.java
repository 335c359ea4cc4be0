package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.staff.BodyRole;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.impl.internal.config.CoreBodyRoles;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.config.ListsConfig;
import org.opora.core.impl.internal.config.RoleMeaningsCheck;
import org.opora.core.impl.internal.config.RoleMeaningsConfig;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.TypedConfig;

/** «Значение ролей»: each line a configured role and a meaning; one chair and one secretary. */
class RoleMeaningsTest {

    private static final Set<String> ROLES = Set.of("head", "deputy-chair", "secretary", "member", "expert");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "head                                  | core.settings.bodyRoleMeanings.format",
        "chair = chair                         | core.settings.bodyRoleMeanings.unknownRole",
        "head = boss                           | core.settings.bodyRoleMeanings.unknownMeaning",
        "head = chair; head = member           | core.settings.repeated",
        "head = chair; expert = chair          | core.settings.bodyRoleMeanings.single.chair",
        "secretary = secretary; expert = SECRETARY | core.settings.bodyRoleMeanings.single.secretary",
    })
    void refused(String lines, String reason) {
        Optional<SettingProblem> problem = RoleMeanings.check(lines(lines), ROLES);
        assertTrue(problem.isPresent(), lines);
        assertEquals(reason, problem.get().reasonKey());
    }

    @Test
    void twoChairsAreRefusedNamingBothRoles() {
        SettingProblem p = RoleMeanings.check(lines("head = chair; expert = chair"), ROLES).orElseThrow();
        assertEquals("expert = chair", p.value());
        assertEquals(List.of("head", "expert"), p.params());
    }

    @Test
    void deputiesAndMembersMayBeMany() {
        assertEquals(Optional.empty(), RoleMeanings.check(lines(
                "head = chair; deputy-chair = deputy; expert = Deputy; secretary = secretary; member = member"),
                ROLES));
    }

    @Test
    void theCheckReadsTheConfiguredRoles() {
        CoreLists lists = new CoreLists(TypedConfig.of(ListsConfig.class,
                Map.of("bodyRoles", new String[] { "head = Руководитель ППк", "clerk", "member" })));
        RoleMeaningsCheck check = new RoleMeaningsCheck(lists);
        assertEquals(Optional.empty(), check.check("bodyRoleMeanings", List.of("head = chair", "clerk = secretary")));
        assertEquals("core.settings.bodyRoleMeanings.unknownRole",
                check.check("bodyRoleMeanings", List.of("chair = chair")).orElseThrow().reasonKey());
        assertEquals(Optional.empty(), check.check("other", List.of("chair = chair")));
    }

    @Test
    void theRolesCarryTheirMeaningsAndARoleWithoutOneIsAMember() {
        CoreLists lists = new CoreLists(TypedConfig.of(ListsConfig.class,
                Map.of("bodyRoles", new String[] { "head = Руководитель ППк", "clerk = Делопроизводитель",
                    "expert = Эксперт", "member" })));
        CoreBodyRoles roles = new CoreBodyRoles(lists, TypedConfig.of(RoleMeaningsConfig.class,
                Map.of("bodyRoleMeanings", new String[] { "head = chair", "clerk = secretary", "bad line" })));
        assertEquals(BodyRoleMeaning.CHAIR, roles.meaning("head"));
        assertEquals(BodyRoleMeaning.MEMBER, roles.meaning("expert"));
        assertEquals(BodyRoleMeaning.MEMBER, roles.meaning("chair"));
        assertEquals(List.of("head"), roles.codes(BodyRoleMeaning.CHAIR));
        assertEquals(Optional.of("clerk"), roles.code(BodyRoleMeaning.SECRETARY));
        assertTrue(roles.keeps("clerk"));
        assertTrue(roles.single("head"));
        List<BodyRole> labelled = roles.roles(Locale.forLanguageTag("ru"));
        assertEquals(new BodyRole("head", "Руководитель ППк", BodyRoleMeaning.CHAIR), labelled.get(0));
        assertEquals(List.of("head", "clerk", "expert", "member"), labelled.stream().map(BodyRole::code).toList());
    }

    @Test
    void theDefaultsGiveTheBuiltInRolesTheirMeanings() {
        CoreBodyRoles roles = new CoreBodyRoles(new CoreLists(TypedConfig.defaults(ListsConfig.class)),
                TypedConfig.defaults(RoleMeaningsConfig.class));
        assertEquals(List.of("chair"), roles.codes(BodyRoleMeaning.CHAIR));
        assertEquals(BodyRoleMeaning.DEPUTY, roles.meaning("deputy-chair"));
        assertEquals(List.of("secretary"), roles.codes(BodyRoleMeaning.SECRETARY));
        assertEquals(Optional.empty(), RoleMeanings.check(
                Arrays.asList(TypedConfig.defaults(RoleMeaningsConfig.class).bodyRoleMeanings()),
                Set.copyOf(roles.codes())));
    }

    private static List<String> lines(String joined) {
        List<String> out = new ArrayList<>();
        for (String l : joined.split(";")) {
            out.add(l.strip());
        }
        return out;
    }
}
