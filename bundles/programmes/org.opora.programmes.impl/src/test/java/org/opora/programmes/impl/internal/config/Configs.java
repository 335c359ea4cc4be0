package org.opora.programmes.impl.internal.config;

import java.util.Map;

/** The module's typed configurations as DS hands them over, for the tests of this package. */
final class Configs {

    private Configs() {
    }

    static RulesConfig rules() {
        return org.opora.programmes.impl.internal.fake.Configs.defaults(RulesConfig.class);
    }

    static RulesConfig rules(Map<String, Object> values) {
        return org.opora.programmes.impl.internal.fake.Configs.of(RulesConfig.class, values);
    }

    static ListsConfig lists(Map<String, Object> values) {
        return org.opora.programmes.impl.internal.fake.Configs.of(ListsConfig.class, values);
    }
}
