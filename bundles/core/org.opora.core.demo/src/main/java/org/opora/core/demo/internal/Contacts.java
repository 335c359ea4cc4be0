package org.opora.core.demo.internal;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/** Phones and e-mail addresses of demo people, unique within one generated school. */
final class Contacts {

    /** The domain of the school's own addresses; {@code .example} is reserved, so no mail can reach anybody. */
    static final String SCHOOL_DOMAIN = "demo-school.example";
    /** The domain of parents' private addresses. */
    static final String PRIVATE_DOMAIN = "demo-mail.example";

    private static final int[] MOBILE_CODES = {903, 905, 906, 909, 915, 916, 917, 919, 925, 926, 929, 936, 962, 963,
        964, 965, 966, 967, 968, 977, 985, 999};

    private final Random rnd;
    private final Set<String> used = new HashSet<>();

    Contacts(Random rnd) {
        this.rnd = rnd;
    }

    /** A school landline, e.g. "+7 (495) 712-34-56". */
    String workPhone() {
        return unique(() -> "+7 (495) 7" + digits(rnd.nextInt(100), 2) + "-" + digits(rnd.nextInt(100), 2) + "-"
                + digits(rnd.nextInt(100), 2));
    }

    /** A mobile number, e.g. "+7 (916) 123-45-67". */
    String mobile() {
        return unique(() -> "+7 (" + MOBILE_CODES[rnd.nextInt(MOBILE_CODES.length)] + ") "
                + digits(rnd.nextInt(1000), 3) + "-" + digits(rnd.nextInt(100), 2) + "-" + digits(rnd.nextInt(100), 2));
    }

    /** The address {@code local@domain}, or with a number appended to {@code local} when already given out. */
    String email(String local, String domain) {
        String candidate = local + "@" + domain;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = local + i + "@" + domain;
        }
        return candidate;
    }

    /** The number with leading zeros to the width; {@code String.format} is too slow for thousands of phones. */
    static String digits(int number, int width) {
        StringBuilder sb = new StringBuilder(Integer.toString(number));
        while (sb.length() < width) {
            sb.insert(0, '0');
        }
        return sb.toString();
    }

    private String unique(Supplier<String> next) {
        String value = next.get();
        while (!used.add(value)) {
            value = next.get();
        }
        return value;
    }
}
