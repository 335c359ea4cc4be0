package org.opora.core.api.staff;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The register of the director's orders. Reading needs {@code core.staff.read}, registering {@code core.structure.manage}. */
@ProviderType
public interface OrderService {

    /** Orders whose number or title contains the text (empty for all), newest first. */
    List<Order> find(String text, int offset, int limit);

    int count(String text);

    Order get(long orderId);

    Order register(OrderDraft draft);

    Order update(long orderId, long version, OrderDraft draft);
}
