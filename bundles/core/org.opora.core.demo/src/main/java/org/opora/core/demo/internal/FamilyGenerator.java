package org.opora.core.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.demo.internal.RussianNames.Generation;
import org.opora.core.demo.internal.RussianNames.MaleName;
import org.opora.core.demo.internal.RussianNames.Surname;

/**
 * A pupil's name and legal representatives. The pupil's patronymic comes from the father's given name and the
 * surname agrees with the pupil's sex; most pupils have both parents, some one parent, pupils under guardianship a
 * guardian or a grandparent.
 */
final class FamilyGenerator {

    static final String MOTHER = "mother";
    static final String FATHER = "father";
    static final String GUARDIAN = "guardian";
    static final String ADOPTIVE_PARENT = "adoptive-parent";
    static final String GRANDMOTHER = "grandmother";
    static final String GRANDFATHER = "grandfather";
    static final String OTHER = "other";

    private static final double BOTH_PARENTS = 0.78;
    private static final double MOTHER_ONLY = 0.93;
    private static final double FATHER_ONLY = 0.965;
    private static final double MOTHER_AND_GRANDMOTHER = 0.98;
    private static final double ADOPTIVE_PARENTS = 0.99;
    private static final double MAIDEN_NAME = 0.1;
    private static final double HAS_PHONE = 0.95;
    private static final double HAS_EMAIL = 0.6;

    /** A pupil's name with the pupil's representatives. */
    record Family(PersonName pupil, List<RepresentativeDraft> representatives) {
    }

    private final RussianNames names;
    private final Random rnd;
    private final Contacts contacts;

    FamilyGenerator(RussianNames names, Random rnd, Contacts contacts) {
        this.names = names;
        this.rnd = rnd;
        this.contacts = contacts;
    }

    Family family(Sex sex, boolean underGuardianship) {
        Surname surname = names.surname(rnd);
        MaleName father = names.maleName(rnd, Generation.ADULT);
        PersonName pupil = new PersonName(surname.of(sex), names.givenName(rnd, sex, Generation.CHILD),
                father.patronymicFor(sex));
        List<RepresentativeDraft> reps = new ArrayList<>();
        if (underGuardianship) {
            reps.add(guardian(surname));
            return new Family(pupil, reps);
        }
        double r = rnd.nextDouble();
        if (r < BOTH_PARENTS) {
            reps.add(representative(mother(surname, true), MOTHER));
            reps.add(representative(father(surname, father), FATHER));
        } else if (r < MOTHER_ONLY) {
            reps.add(representative(mother(surname, false), MOTHER));
        } else if (r < FATHER_ONLY) {
            reps.add(representative(father(surname, father), FATHER));
        } else if (r < MOTHER_AND_GRANDMOTHER) {
            reps.add(representative(mother(surname, false), MOTHER));
            reps.add(representative(adult(surname, Sex.FEMALE), GRANDMOTHER));
        } else if (r < ADOPTIVE_PARENTS) {
            reps.add(representative(mother(surname, false), ADOPTIVE_PARENT));
            reps.add(representative(father(surname, father), ADOPTIVE_PARENT));
        } else {
            reps.add(representative(mother(surname, false), MOTHER));
            reps.add(representative(adult(names.surname(rnd), Sex.MALE), OTHER));
        }
        return new Family(pupil, reps);
    }

    private RepresentativeDraft guardian(Surname surname) {
        double r = rnd.nextDouble();
        if (r < 0.45) {
            return representative(adult(surname, Sex.FEMALE), GRANDMOTHER);
        } else if (r < 0.6) {
            return representative(adult(surname, Sex.MALE), GRANDFATHER);
        }
        Sex sex = rnd.nextDouble() < 0.8 ? Sex.FEMALE : Sex.MALE;
        return representative(adult(names.surname(rnd), sex), GUARDIAN);
    }

    private PersonName mother(Surname family, boolean mayKeepMaidenName) {
        Surname surname = mayKeepMaidenName && rnd.nextDouble() < MAIDEN_NAME ? names.surname(rnd) : family;
        return adult(surname, Sex.FEMALE);
    }

    private PersonName father(Surname family, MaleName father) {
        return new PersonName(family.male(), father.name(),
                names.maleName(rnd, Generation.ELDER).patronymicFor(Sex.MALE));
    }

    private PersonName adult(Surname surname, Sex sex) {
        return names.person(rnd, surname, sex, Generation.ADULT);
    }

    private RepresentativeDraft representative(PersonName name, String relation) {
        String phone = rnd.nextDouble() < HAS_PHONE ? contacts.mobile() : "";
        String email = rnd.nextDouble() < HAS_EMAIL
                ? contacts.email(names.latin(name.surname()) + "." + names.latin(name.name()), Contacts.PRIVATE_DOMAIN)
                : "";
        return new RepresentativeDraft(name.full(), relation, phone, email);
    }
}
