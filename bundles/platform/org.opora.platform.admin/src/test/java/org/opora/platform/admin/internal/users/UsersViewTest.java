package org.opora.platform.admin.internal.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;
import org.opora.platform.api.security.AccountRefused;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.api.security.UserAdministration;

class UsersViewTest {

    private final List<String> calls = new ArrayList<>();
    private final UserAdministration users = new UserAdministration() {
        public List<UserAccount> users() {
            return List.of(new UserAccount("ivanova", "Ivanova", "", true, Set.of("teacher"),
                    Instant.now().plusSeconds(600), null, Locale.ENGLISH));
        }
        public Optional<UserAccount> user(String u) {
            return Optional.empty();
        }
        public UserAccount createUser(String u, String d, String e, char[] p, Set<String> r) {
            calls.add("create " + u + " " + new String(p) + " " + r);
            throw new IllegalArgumentException("security.error.passwordTooShort");
        }
        public UserAccount updateUser(String u, String d, String e, boolean en, Set<String> r) {
            return null;
        }
        public void setPassword(String u, char[] p) {
        }
        public void changeOwnPassword(String u, char[] c, char[] p) {
        }
        public boolean passwordChangeRequired(String u) {
            return false;
        }
        public void setPasswordTemporary(String u, boolean t) {
        }
        public void setLocale(String u, Locale l) {
        }
        public void unlock(String u) {
        }
        public List<Role> roles() {
            return List.of(new Role("teacher", "Teacher", Set.of("core.pupil.read", "gone.module.read")));
        }
        public Role saveRole(String n, String t, Set<String> p) {
            calls.add("role " + n + " " + t + " " + p);
            if (n.startsWith("-")) {
                throw new AccountRefused(List.of("security.error.roleName", "security.error.roleTitleTaken",
                        "security.error.unknownPermission"));
            }
            return null;
        }
        public List<PermissionDefinition> permissions() {
            return List.of(PermissionDefinition.of("core.pupil.read", "core.permission.read"));
        }
        public Optional<OporaUser> resolve(String u) {
            return Optional.empty();
        }
    };

    @BeforeEach
    void open() {
        TestUi.open().add(new UsersView(users));
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void bothTabsHaveTheirGridsAndButtons() {
        Set<String> ids = TestUi.ids(com.vaadin.flow.component.UI.getCurrent());
        assertTrue(ids.containsAll(Set.of("admin-users", "admin-users-grid", "admin-user-new", "admin-roles-grid",
                "admin-role-new")), ids.toString());
    }

    @Test
    void theServicesObjectionIsShownAndTheDialogStaysOpen() {
        TestUi.find("admin-user-new", Button.class).click();
        TestUi.find("admin-user-username", TextField.class).setValue("petrov");
        TestUi.find("admin-user-fullname", TextField.class).setValue("Petrov");
        TestUi.find("admin-user-password", PasswordField.class).setValue("short");
        TestUi.find("admin-user-password-repeat", PasswordField.class).setValue("short");
        TestUi.find("admin-user-save", Button.class).click();
        assertEquals(List.of("create petrov short []"), calls);
        Errors errors = TestUi.find("admin-user-error", Errors.class);
        assertTrue(errors.isVisible());
        assertTrue(errors.getText().contains("security.error.passwordTooShort"), errors.getText());
        assertTrue(TestUi.find("admin-user-password", PasswordField.class).isInvalid());
        assertTrue(TestUi.find("admin-user-dialog", UserDialog.class).isOpened());
    }

    @Test
    void passwordsThatDifferAreNotSent() {
        TestUi.find("admin-user-new", Button.class).click();
        TestUi.find("admin-user-password", PasswordField.class).setValue("long enough 1");
        TestUi.find("admin-user-password-repeat", PasswordField.class).setValue("long enough 2");
        TestUi.find("admin-user-save", Button.class).click();
        assertTrue(calls.isEmpty());
        assertTrue(TestUi.find("admin-user-password-repeat", PasswordField.class).isInvalid());
    }

    @Test
    void savingARoleKeepsPermissionsOfModulesNotInstalled() {
        new RoleDialog(users, users.roles().get(0), users.permissions(), () -> { }).open();
        TestUi.find("admin-role-save", Button.class).click();
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).contains("gone.module.read") && calls.get(0).contains("core.pupil.read"),
                calls.get(0));
    }

    @Test
    void everyObjectionToARoleIsShownAndMarkedOnItsInput() {
        TestUi.find("admin-users-tabs", TabSheet.class).setSelectedIndex(1);
        TestUi.find("admin-role-new", Button.class).click();
        TestUi.find("admin-role-name", TextField.class).setValue("-bad");
        TestUi.find("admin-role-title", TextField.class).setValue("Teacher");
        TestUi.find("admin-role-save", Button.class).click();
        String shown = TestUi.find("admin-role-error", Errors.class).getText();
        assertTrue(shown.contains("security.error.roleName") && shown.contains("security.error.roleTitleTaken")
                && shown.contains("security.error.unknownPermission"), shown);
        assertTrue(TestUi.find("admin-role-name", TextField.class).isInvalid());
        assertTrue(TestUi.find("admin-role-title", TextField.class).isInvalid());
        assertTrue(TestUi.find("admin-role-permissions", com.vaadin.flow.component.checkbox.CheckboxGroup.class)
                .isInvalid());
        assertTrue(TestUi.find("admin-role-dialog", RoleDialog.class).isOpened());
    }

    @Test
    void aNewRoleMayNotTakeAnExistingName() {
        TestUi.find("admin-users-tabs", TabSheet.class).setSelectedIndex(1);
        TestUi.find("admin-role-new", Button.class).click();
        TestUi.find("admin-role-name", TextField.class).setValue("teacher");
        TestUi.find("admin-role-title", TextField.class).setValue("Another");
        TestUi.find("admin-role-save", Button.class).click();
        assertTrue(calls.isEmpty());
        assertTrue(TestUi.find("admin-role-name", TextField.class).isInvalid());
        TestUi.find("admin-role-title", TextField.class).setValue(" ");
        TestUi.find("admin-role-save", Button.class).click();
        assertTrue(calls.isEmpty());
        assertTrue(TestUi.find("admin-role-name", TextField.class).isInvalid()
                && TestUi.find("admin-role-title", TextField.class).isInvalid(), "a taken name and no title at once");
    }
}
