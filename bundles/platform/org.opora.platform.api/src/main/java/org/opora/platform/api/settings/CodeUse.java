package org.opora.platform.api.settings;

import java.util.Objects;

/**
 * A code of another configuration's coded list that a setting uses, e.g. the consilium's required specialist type
 * {@code psychologist} from the core's {@code specialistTypes}: while it is used, the settings form refuses to
 * remove it from that list and names the setting that uses it.
 *
 * @param pid       the PID of the configuration holding the list, e.g. {@code org.opora.core.lists}
 * @param list      the list's attribute id, e.g. {@code specialistTypes}
 * @param code      the code used
 * @param attribute the attribute of the checked configuration that uses it, e.g. {@code requiredTypes}
 */
public record CodeUse(String pid, String list, String code, String attribute) {

    public CodeUse {
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(attribute, "attribute");
    }
}
