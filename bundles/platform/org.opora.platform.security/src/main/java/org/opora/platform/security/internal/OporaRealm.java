package org.opora.platform.security.internal;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's own JAAS realm {@value #NAME}, registered with Karaf's JAAS configuration. Another login module
 * (LDAP, for example) can be added to the realm later without touching the UI, which only calls
 * {@code new LoginContext("opora", …)}.
 */
@Component(service = JaasRealm.class, property = "org.apache.karaf.jaas.realm.name=" + OporaRealm.NAME)
public class OporaRealm implements JaasRealm {

    /** Name of the realm. */
    public static final String NAME = "opora";

    private final AppConfigurationEntry[] entries;

    @Activate
    public OporaRealm(BundleContext context, @Reference Authenticator authenticator) {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, OporaLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                BundleContext.class.getName(), context,
                OporaLoginModule.AUTHENTICATOR, authenticator);
        this.entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)
        };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
