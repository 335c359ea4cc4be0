package org.opora.platform.security.internal.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A configuration's properties through the shared settings' text come back with the same values and types. */
class PropertyCodecTest {

    @Test
    void everyTypeConfigurationAdminStoresComesBackTheSame() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("maxMinutes", 45);
        props.put("size", 7L);
        props.put("scheduled", true);
        props.put("ratio", 0.5d);
        props.put("title", "Положение = п. 3.2.1: «Не короче» ’ #1 \\ конец ");
        props.put("kinds", new String[] {"a = b", "", "в, г"});
        props.put("hours", new int[] {1, 2});
        props.put("grades", new Integer[] {5, 6});
        props.put("list", List.of("x", "y"));
        props.put("ru.rule.text", "Строка\nвторая");
        props.put("service.pid", "org.opora.core.rules");
        props.put("felix.fileinstall.filename", "file:/opt/opora/etc/org.opora.core.rules.cfg");

        Hashtable<String, Object> back = PropertyCodec.decode(PropertyCodec.encode(props));

        assertEquals(45, back.get("maxMinutes"));
        assertEquals(7L, back.get("size"));
        assertEquals(true, back.get("scheduled"));
        assertEquals(0.5d, back.get("ratio"));
        assertEquals(props.get("title"), back.get("title"));
        assertEquals(props.get("ru.rule.text"), back.get("ru.rule.text"));
        assertArrayEquals((String[]) props.get("kinds"), (String[]) back.get("kinds"));
        assertArrayEquals(new int[] {1, 2}, (int[]) back.get("hours"));
        assertArrayEquals(new Integer[] {5, 6}, (Integer[]) back.get("grades"));
        assertEquals(List.of("x", "y"), back.get("list"));
        assertFalse(back.containsKey("service.pid"), "the node's own properties stay on the node");
        assertFalse(back.containsKey("felix.fileinstall.filename"), "a path of the node's machine is not shared");
        assertEquals(PropertyCodec.encode(props), PropertyCodec.encode(back), "equal properties, equal text");
    }
}
