package org.opora.core.ui.testing;

import java.util.List;

import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;

/** An order register that fails the test on every call it does not override. */
public class FakeOrders implements OrderService {

    @Override
    public List<Order> find(String text, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(String text) {
        throw Unexpected.call("count");
    }

    @Override
    public Order get(long orderId) {
        throw Unexpected.call("get");
    }

    @Override
    public Order register(OrderDraft draft) {
        throw Unexpected.call("register");
    }

    @Override
    public Order update(long orderId, long version, OrderDraft draft) {
        throw Unexpected.call("update");
    }
}
