package org.opora.platform.admin.internal.settings;

import java.util.Optional;
import java.util.function.LongPredicate;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * The bounds of a whole-number setting, so that a refusal can name them ("from 8 to 64"). The metatype service does not
 * publish an attribute's min and max, only its validation: the bounds are found by bisection between the type's
 * limits and a value the definition accepts (the default, or 0, or 1).
 *
 * @param min the smallest value accepted, or null when the type's own limit is the only one
 * @param max the largest value accepted, or null likewise
 */
record SettingRange(Long min, Long max) {

    /** The bounds of the field, or empty when it is not a whole number, has no definition or no bound. */
    static Optional<SettingRange> of(SettingField field) {
        AttributeDefinition ad = field.definition();
        long[] limits = limits(field.type());
        if (ad == null || limits.length == 0) {
            return Optional.empty();
        }
        LongPredicate accepts = v -> {
            String problem = ad.validate(String.valueOf(v));
            return problem == null || problem.isEmpty();
        };
        // a value the definition accepts: the default, else 0 or 1
        Long start = null;
        for (String candidate : new String[] {field.defaults().isEmpty() ? "" : field.defaults().get(0), "0", "1"}) {
            try {
                long v = Long.parseLong(candidate.strip());
                if (v >= limits[0] && v <= limits[1] && accepts.test(v)) {
                    start = v;
                    break;
                }
            } catch (NumberFormatException e) {
                // not a number: try the next candidate
            }
        }
        if (start == null) {
            return Optional.empty();
        }
        long known = start;
        Long min = accepts.test(limits[0]) ? null : firstAccepted(limits[0], known, accepts);
        Long max = accepts.test(limits[1]) ? null : lastAccepted(known, limits[1], accepts);
        return min == null && max == null ? Optional.empty() : Optional.of(new SettingRange(min, max));
    }

    /** The smallest accepted value in (lo, hi], given lo refused and hi accepted. */
    private static long firstAccepted(long lo, long hi, LongPredicate accepts) {
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (accepts.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** The largest accepted value in [lo, hi), given lo accepted and hi refused. */
    private static long lastAccepted(long lo, long hi, LongPredicate accepts) {
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (accepts.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The probed interval of a whole-number type; settings' numbers fit an int. */
    private static long[] limits(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.BIGINTEGER ->
                    new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case AttributeDefinition.SHORT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case AttributeDefinition.BYTE -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            default -> new long[0];
        };
    }

    /** The message key for the bounds known: both (range), only the largest (max) or only the smallest (min). */
    String key() {
        return min != null && max != null ? "admin.settings.error.range"
                : max != null ? "admin.settings.error.max" : "admin.settings.error.min";
    }

    String[] bounds() {
        return min != null && max != null ? new String[] {String.valueOf(min), String.valueOf(max)}
                : new String[] {String.valueOf(max != null ? max : min)};
    }
}
