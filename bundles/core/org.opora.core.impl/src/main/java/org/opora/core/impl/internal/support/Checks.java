package org.opora.core.impl.internal.support;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.opora.core.api.PersonName;
import org.opora.core.api.ValidationException;
import org.opora.core.impl.internal.rules.NameRule;
import org.opora.core.support.FieldChecks;

/** Field checks shared by the services; each failure names the field and an i18n key of the core's bundle. */
public final class Checks {

    public static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,20}$");
    /** name@domain.tld: no spaces, quotes or markup (as the accounts' e-mail, platform security). */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"'`]+@[^@\\s<>\"'`]+\\.[^@\\s<>\"'`]+$");
    /** The platform's one login rule, for staff records as for user accounts. */
    public static final Pattern USERNAME = Pattern.compile(
            "^" + org.opora.platform.api.security.UserAdministration.USERNAME + "$");

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Checks() {
    }

    public static PersonName name(PersonName name) {
        FieldChecks.present("name", name);
        all(nameChecks(name));
        return name;
    }

    /** The checks of the surname, the given name and the patronymic, one a field, for {@link #all}. */
    public static Runnable[] nameChecks(PersonName name) {
        return new Runnable[] {
            () -> NameRule.check("surname", FieldChecks.required("surname", name.surname(), 100)),
            () -> NameRule.check("givenName", FieldChecks.required("givenName", name.name(), 100)),
            () -> NameRule.check("patronymic", FieldChecks.maxLength("patronymic", name.patronymic(), 100))};
    }

    /**
     * Runs every check of a form and refuses with all their objections at once ({@link FieldChecks#all}), so that the
     * form marks every wrong field rather than the first one.
     */
    public static void all(Runnable... checks) {
        FieldChecks.all(checks);
    }

    public static String phone(String field, String value) {
        if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
            throw new ValidationException(field, "core.error.phone");
        }
        return value;
    }

    public static String email(String field, String value) {
        if (!value.isEmpty() && (value.length() > 200 || !EMAIL.matcher(value).matches())) {
            throw new ValidationException(field, "core.error.email");
        }
        return value;
    }

}
