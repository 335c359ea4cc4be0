package org.opora.core.impl.internal.demo;

import java.util.Objects;

import org.opora.core.api.staff.OrderDraft;

/**
 * A director's order of the demo school; other demo records refer to it by {@link #number()}.
 *
 * @param draft the order to register
 */
public record DemoOrder(OrderDraft draft) {

    public DemoOrder {
        Objects.requireNonNull(draft, "draft");
    }

    public String number() {
        return draft.number();
    }
}
