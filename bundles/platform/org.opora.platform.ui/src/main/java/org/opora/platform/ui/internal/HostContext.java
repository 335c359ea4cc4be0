package org.opora.platform.ui.internal;

import java.util.function.Supplier;

import org.opora.platform.api.audit.AuditService;

/**
 * The host's services, handed to the host's own views by the instantiator (views never look services up).
 *
 * @param views  module views
 * @param i18n   messages
 * @param duties "my duties"
 * @param login  sign-in
 * @param audit  audit journal
 * @param settings the current UI settings (they change at run time without re-registering the servlet)
 */
public record HostContext(ViewRegistry views, I18nRegistry i18n, DutyBoard duties, LoginService login,
        AuditService audit, SignedInSessions sessions, Supplier<UiConfig> settings) {

    /** The UI settings in force now. */
    public UiConfig config() {
        return settings.get();
    }
}
