package org.opora.platform.security.internal.settings;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Map;

/** This node's stored configurations (its Configuration Admin), as the shared settings read and write them. */
interface LocalConfigurations {

    /** The stored properties of the node's shared configurations, by PID; for the first seeding of the table. */
    Map<String, Dictionary<String, Object>> shared() throws IOException;

    /**
     * Stores properties (null: deletes the configuration); the node's own properties such as
     * {@code felix.fileinstall.filename} stay.
     *
     * @return whether anything changed
     */
    boolean write(String pid, Dictionary<String, ?> properties) throws IOException;
}
