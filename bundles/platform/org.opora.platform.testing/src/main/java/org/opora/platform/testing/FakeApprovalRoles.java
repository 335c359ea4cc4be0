package org.opora.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opora.platform.api.approval.ApprovalRoles;

/**
 * The platform's roles for a module's service test: the roles the test names, with their titles and the names of
 * their holders. By default the demo's director and deputy exist.
 */
public final class FakeApprovalRoles implements ApprovalRoles {

    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Map<String, List<String>> holders = new ConcurrentHashMap<>();

    public FakeApprovalRoles() {
        role("director", "Director");
        role("deputy", "Deputy director");
    }

    /** A role with its title and the names of its holders. */
    public FakeApprovalRoles role(String name, String title, String... holderNames) {
        titles.put(name, title);
        holders.put(name, List.of(holderNames));
        return this;
    }

    @Override
    public boolean exists(String role) {
        return titles.containsKey(role);
    }

    @Override
    public String title(String role) {
        return titles.getOrDefault(role, role);
    }

    @Override
    public List<String> holders(String role) {
        return holders.getOrDefault(role, List.of());
    }
}
