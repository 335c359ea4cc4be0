package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextInputCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.platform.api.security.UserAdministration;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Sign-in through the JAAS realms of the running distribution: Karaf's own realm has no default account, the
 * platform's realm checks the database's hashed passwords, and repeated failures lock the account.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends PlatformTestSupport {

    @Configuration
    public Option[] config() throws java.io.IOException {
        return platform(freshDatabase("itest-security-db"));
    }

    @Test
    public void karafRealmHasNoDefaultAccount() {
        assertThrows(LoginException.class, () -> login("karaf", "karaf", "karaf"));
    }

    /** The realm registers with JAAS when its component starts, which may be after the container is ready. */
    private void awaitPlatformRealm() throws Exception {
        eventually("JAAS realm opora", () -> {
            try {
                return context.getServiceReferences((String) null,
                        "(&(objectClass=org.apache.karaf.jaas.config.JaasRealm)(org.apache.karaf.jaas.realm.name=opora))")
                        != null;
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    public void platformRealmChecksPasswordsAndGivesRoles() throws Exception {
        awaitPlatformRealm();
        UserAdministration users = service(UserAdministration.class, null);
        users.createUser("lebedeva", "Лебедева Нина Олеговна", "", "Kalina-Krasnaja-7".toCharArray(),
                Set.of("administrator"));
        Subject subject = login("opora", "lebedeva", "Kalina-Krasnaja-7");
        assertTrue(subject.getPrincipals(RolePrincipal.class).stream().anyMatch(r -> r.getName().equals("administrator")));
        assertThrows(FailedLoginException.class, () -> login("opora", "lebedeva", "kalina-krasnaja-7"));
        assertThrows(FailedLoginException.class, () -> login("opora", "nobody", "Kalina-Krasnaja-7"));
        assertTrue("the stored hash is a PBKDF2 hash, not the password", users.user("lebedeva").isPresent());
    }

    @Test
    public void repeatedFailuresFromOneAddressCloseItForThatAccountWhileOthersSignIn() throws Exception {
        awaitPlatformRealm();
        UserAdministration users = service(UserAdministration.class, null);
        users.createUser("sokolov", "Соколов Пётр Ильич", "", "Beryozovaja-Roscha-3".toCharArray(), Set.of());
        for (int i = 0; i < 5; i++) {
            assertThrows(FailedLoginException.class,
                    () -> login("opora", "sokolov", "wrong-" + System.nanoTime(), "10.6.6.6"));
        }
        assertThrows("the right password from that address too", FailedLoginException.class,
                () -> login("opora", "sokolov", "Beryozovaja-Roscha-3", "10.6.6.6"));
        assertEquals("a stranger cannot lock him out", 1,
                login("opora", "sokolov", "Beryozovaja-Roscha-3", "10.0.0.5").getPrincipals().size());
        assertTrue("a password set by an administrator is temporary", users.passwordChangeRequired("sokolov"));
    }

    @Test
    public void theSamePersonSigningInManyTimesAtOnceIsLetInEveryTime() throws Exception {
        awaitPlatformRealm();
        UserAdministration users = service(UserAdministration.class, null);
        users.createUser("zaitseva", "Зайцева Ольга Петровна", "", "Rjabinovaja-Alleja-5".toCharArray(), Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Subject>> signIns = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                signIns.add(pool.submit(() -> login("opora", "zaitseva", "Rjabinovaja-Alleja-5")));
            }
            for (Future<Subject> signIn : signIns) {
                assertFalse(signIn.get(60, TimeUnit.SECONDS).getPrincipals().isEmpty());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Subject login(String realm, String username, String password) throws LoginException {
        return login(realm, username, password, null);
    }

    /** Signs in through the realm as the intranet does, handing over the client's address when one is given. */
    private static Subject login(String realm, String username, String password, String address)
            throws LoginException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, callbacks -> {
                for (Callback c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(username);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    } else if (c instanceof TextInputCallback t && address != null) {
                        t.setText(address);
                    }
                }
            });
            context.login();
            return context.getSubject();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
