package org.opora.core.impl.internal.seed;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedDocument;
import org.opora.core.api.seed.SeedInteraction;
import org.opora.core.api.seed.SeedMember;
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.OrderDraft;

/**
 * The references inside a seed, checked before anything is written: every key is defined once, and every record
 * refers only to keys the seed defines. The failure names the record, e.g. {@code pupils[12].className}.
 */
final class SeedReferences {

    static final String REFERENCE = "core.error.seed.reference";

    private SeedReferences() {
    }

    /** @throws ValidationException {@code core.error.seed.reference} for the first broken reference */
    static void check(SchoolSeed seed) {
        Set<String> staff = keys("staff", seed.staff(), SeedStaff::key);
        Set<String> classes = keys("classes", seed.classes(), SeedClass::name);
        Set<String> orders = keys("orders", seed.orders(), OrderDraft::number);
        Set<String> agencies = keys("agencies", seed.agencies(), AgencyDraft::name);
        optional("directorKey", seed.directorKey(), staff);
        for (int i = 0; i < seed.classes().size(); i++) {
            optional("classes[" + i + "].classTeacherKey", seed.classes().get(i).classTeacherKey(), staff);
        }
        List<SeedPupil> pupils = seed.pupils();
        for (int i = 0; i < pupils.size(); i++) {
            required("pupils[" + i + "].className", pupils.get(i).className(), classes);
        }
        if (seed.head() != null) {
            required("head.staffKey", seed.head().staffKey(), staff);
            required("head.orderNumber", seed.head().orderNumber(), orders);
        }
        for (int i = 0; i < seed.members().size(); i++) {
            SeedMember m = seed.members().get(i);
            required("members[" + i + "].staffKey", m.staffKey(), staff);
            optional("members[" + i + "].orderNumber", m.orderNumber(), orders);
        }
        for (int i = 0; i < seed.documents().size(); i++) {
            SeedDocument d = seed.documents().get(i);
            optional("documents[" + i + "].authorKey", d.authorKey(), staff);
            Integer pupil = d.pupilIndex();
            if (pupil != null && (pupil < 0 || pupil >= pupils.size())) {
                throw broken("documents[" + i + "].pupilIndex", pupil);
            }
        }
        for (int i = 0; i < seed.interactions().size(); i++) {
            SeedInteraction x = seed.interactions().get(i);
            required("interactions[" + i + "].agencyName", x.agencyName(), agencies);
            Integer pupil = x.pupilIndex();
            if (pupil != null && (pupil < 0 || pupil >= pupils.size())) {
                throw broken("interactions[" + i + "].pupilIndex", pupil);
            }
        }
    }

    private static <T> Set<String> keys(String field, Collection<T> records, Function<T, String> key) {
        Set<String> keys = new HashSet<>();
        int i = 0;
        for (T record : records) {
            if (!keys.add(key.apply(record))) {
                throw broken(field + "[" + i + "]", key.apply(record));
            }
            i++;
        }
        return keys;
    }

    private static void required(String field, String key, Set<String> defined) {
        if (key == null || !defined.contains(key)) {
            throw broken(field, key);
        }
    }

    private static void optional(String field, String key, Set<String> defined) {
        if (key != null) {
            required(field, key, defined);
        }
    }

    private static ValidationException broken(String field, Object key) {
        return new ValidationException(field, REFERENCE, field + " = " + key);
    }
}
